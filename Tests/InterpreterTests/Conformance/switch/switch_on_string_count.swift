let words = ["", "a", "hello", "encyclopedia"]
for w in words {
    switch w.count {
    case 0: print("empty")
    case 1...3: print("short")
    case 4...8: print("medium")
    default: print("long")
    }
}

// expect: empty
// expect: short
// expect: medium
// expect: long
