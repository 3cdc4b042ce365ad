enum E: Error { case bad }
func parse(_ s: String) throws -> Int {
    guard let n = Int(s) else { throw E.bad }
    return n
}
if let v = try? parse("8") {
    print("parsed", v)
}
if let v = try? parse("x") {
    print("parsed", v)
} else {
    print("failed")
}

// expect: parsed 8
// expect: failed
