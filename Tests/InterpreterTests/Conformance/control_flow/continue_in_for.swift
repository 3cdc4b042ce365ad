for i in 0..<6 {
    if i % 2 == 0 {
        continue
    }
    print(i)
}

// expect: 1
// expect: 3
// expect: 5
