// Benchmark: an array of particle structs updated in place by mutating methods.
struct Particle {
    var x: Double
    var y: Double
    var vx: Double
    var vy: Double

    mutating func step(_ dt: Double) {
        vy -= 9.8 * dt
        x += vx * dt
        y += vy * dt
        if y < 0 {
            y = -y
            vy = -vy * 0.9
        }
        if x < 0 || x > 100 {
            vx = -vx
            x = x < 0 ? -x : 200 - x
        }
    }
}

var particles: [Particle] = []
for i in 0..<500 {
    let f = Double(i)
    particles.append(Particle(x: f.truncatingRemainder(dividingBy: 100), y: 10 + f.truncatingRemainder(dividingBy: 7),
                              vx: f.truncatingRemainder(dividingBy: 13) - 6, vy: f.truncatingRemainder(dividingBy: 5)))
}
for _ in 0..<2500 {
    for i in 0..<particles.count {
        particles[i].step(0.01)
    }
}
var sx = 0.0
var sy = 0.0
for p in particles {
    sx += p.x
    sy += p.y
}
print("checksum: \(Int(sx * 1000)) \(Int(sy * 1000))")
