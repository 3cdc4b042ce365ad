for b in [true, false] {
    switch b {
    case true:
        print("yes")
    case false:
        print("no")
    }
}

// expect: yes
// expect: no
