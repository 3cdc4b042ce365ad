for i in 0..<4 {
    switch i {
    case 2:
        break
    default:
        print("i =", i)
    }
}

// expect: i = 0
// expect: i = 1
// expect: i = 3
