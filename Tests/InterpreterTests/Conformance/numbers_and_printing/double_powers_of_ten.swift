var x = 1.0
for _ in 0..<18 {
    x *= 10
    print(x)
}

// expect: 10.0
// expect: 100.0
// expect: 1000.0
// expect: 10000.0
// expect: 100000.0
// expect: 1000000.0
// expect: 10000000.0
// expect: 100000000.0
// expect: 1000000000.0
// expect: 10000000000.0
// expect: 100000000000.0
// expect: 1000000000000.0
// expect: 10000000000000.0
// expect: 100000000000000.0
// expect: 1000000000000000.0
// expect: 1e+16
// expect: 1e+17
// expect: 1e+18
