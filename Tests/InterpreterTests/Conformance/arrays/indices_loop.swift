let xs = [10, 20, 30]
for i in xs.indices {
    print(i, xs[i])
}
for i in 0..<xs.count {
    print(xs[i] * 2)
}

// expect: 0 10
// expect: 1 20
// expect: 2 30
// expect: 20
// expect: 40
// expect: 60
