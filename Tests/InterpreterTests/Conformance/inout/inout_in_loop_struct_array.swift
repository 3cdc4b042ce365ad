struct Particle {
    var x: Double, v: Double
}
func step(_ p: inout Particle, dt: Double) { p.x += p.v * dt }
var ps = [Particle(x: 0, v: 1), Particle(x: 5, v: -2)]
for _ in 0..<3 {
    for i in ps.indices { step(&ps[i], dt: 0.5) }
}
print(ps.map { $0.x })

// expect: [1.5, 2.0]
