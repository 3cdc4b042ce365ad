for n in [0, 5, 10, 99, 100, 1000] {
    switch n {
    case 0:
        print("none")
    case 1..<10:
        print("few")
    case 10...99:
        print("dozens")
    default:
        print("lots")
    }
}

// expect: none
// expect: few
// expect: dozens
// expect: dozens
// expect: lots
// expect: lots
