let a: Int? = nil
let b: Int? = 2
if let a = a {
    print("a", a)
} else if let b = b {
    print("b", b)
} else {
    print("neither")
}

// expect: b 2
