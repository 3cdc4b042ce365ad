// Benchmark: a particle simulation with a small Vec struct, `plus`/`scaled` methods and a
// `mutating step` called on the elements of an array.
struct Vec {
    var x: Double
    var y: Double

    func plus(_ other: Vec) -> Vec {
        return Vec(x: x + other.x, y: y + other.y)
    }

    func scaled(_ k: Double) -> Vec {
        return Vec(x: x * k, y: y * k)
    }

    var length: Double {
        return (x * x + y * y).squareRoot()
    }
}

struct Particle {
    var position: Vec
    var velocity: Vec
    var mass: Double

    mutating func step(dt: Double, gravity: Vec) {
        velocity = velocity.plus(gravity.scaled(dt))
        position = position.plus(velocity.scaled(dt))
        if position.y < 0 {
            position.y = -position.y
            velocity.y = -velocity.y * 0.8
        }
        if position.x < 0 || position.x > 50 {
            velocity.x = -velocity.x
        }
    }
}

var particles: [Particle] = []
for i in 0..<300 {
    let f = Double(i)
    let start = Vec(x: f.truncatingRemainder(dividingBy: 50), y: 20 + f.truncatingRemainder(dividingBy: 9))
    let push = Vec(x: f.truncatingRemainder(dividingBy: 7) - 3, y: 0)
    particles.append(Particle(position: start, velocity: push, mass: 1 + f.truncatingRemainder(dividingBy: 3)))
}

let gravity = Vec(x: 0, y: -9.81)
for _ in 0..<1000 {
    for i in 0..<particles.count {
        particles[i].step(dt: 0.005, gravity: gravity)
    }
}

var energy = 0.0
var center = Vec(x: 0, y: 0)
for p in particles {
    let speed = p.velocity.length
    energy += 0.5 * p.mass * speed * speed
    center = center.plus(p.position.scaled(1.0 / Double(particles.count)))
}
print("checksum: \(Int(energy * 1000)) \(Int(center.x * 1000)) \(Int(center.y * 1000))")
