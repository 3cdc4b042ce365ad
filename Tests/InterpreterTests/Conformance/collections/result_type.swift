enum ParseError: Error { case bad(String) }
func parse(_ s: String) -> Result<Int, ParseError> {
    if let n = Int(s) { return .success(n) }
    return .failure(.bad(s))
}
for input in ["12", "x"] {
    switch parse(input) {
    case .success(let n): print("ok", n)
    case .failure(let e): print("error", e)
    }
}
let r = parse("5")
print(try! r.get())
print((try? parse("q").get()) as Any)

// expect: ok 12
// expect: error bad("x")
// expect: 5
// expect: nil
