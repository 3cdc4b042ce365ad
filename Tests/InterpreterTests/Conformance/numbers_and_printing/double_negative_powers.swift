var x = 1.0
for _ in 0..<7 {
    x /= 10
    print(x)
}

// expect: 0.1
// expect: 0.01
// expect: 0.001
// expect: 0.0001
// expect: 1e-05
// expect: 1.0000000000000002e-06
// expect: 1.0000000000000002e-07
