func check(_ label: String, _ v: Bool) -> Bool {
    print("eval \(label)")
    return v
}
if check("a", false) && check("b", true) {
    print("both")
}
if check("c", true) || check("d", true) {
    print("either")
}

// expect: eval a
// expect: eval c
// expect: either
