struct Stats { var mean: Double; var max: Double; var count: Int }
print(Stats(mean: 0.1, max: 1e16, count: 3))
print(Stats(mean: 1, max: -0.0, count: 0))

// expect: Stats(mean: 0.1, max: 1e+16, count: 3)
// expect: Stats(mean: 1.0, max: -0.0, count: 0)
