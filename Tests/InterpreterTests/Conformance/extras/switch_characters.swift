for c in "a1 ?" {
    switch c {
    case "a"..."z":
        print("letter")
    case "0"..."9":
        print("digit")
    case " ":
        print("space")
    default:
        print("other")
    }
}

// expect: letter
// expect: digit
// expect: space
// expect: other
