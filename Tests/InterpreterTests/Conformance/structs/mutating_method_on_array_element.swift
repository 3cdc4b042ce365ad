struct Particle {
    var x: Double
    var v: Double
    mutating func step(_ dt: Double) {
        x += v * dt
    }
}
var ps = [Particle(x: 0, v: 1), Particle(x: 10, v: -2)]
for i in ps.indices {
    ps[i].step(0.5)
}
print(ps)

// expect: [main.Particle(x: 0.5, v: 1.0), main.Particle(x: 9.0, v: -2.0)]
