let xs = [1.0, 2.0, 3.0, 4.0]
let mean = xs.reduce(0, +) / Double(xs.count)
var variance = 0.0
for x in xs {
    variance += (x - mean) * (x - mean)
}
variance /= Double(xs.count)
print(mean, variance)

// expect: 2.5 1.25
