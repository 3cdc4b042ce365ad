outer: for i in 1...4 {
    for j in 1...4 {
        if j > i {
            continue outer
        }
        print(i, j)
    }
}

// expect: 1 1
// expect: 2 1
// expect: 2 2
// expect: 3 1
// expect: 3 2
// expect: 3 3
// expect: 4 1
// expect: 4 2
// expect: 4 3
// expect: 4 4
