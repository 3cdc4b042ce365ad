outer: for i in 0..<5 {
    for j in 0..<5 {
        if i * j == 6 {
            print("found", i, j)
            break outer
        }
    }
}
print("after")

// expect: found 2 3
// expect: after
