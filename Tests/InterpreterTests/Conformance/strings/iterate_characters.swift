for c in "abc" {
    print(c)
}

// expect: a
// expect: b
// expect: c
