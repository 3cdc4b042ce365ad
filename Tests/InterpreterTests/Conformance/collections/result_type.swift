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
let r = parse("5").map { $0 * 10 }
print(try! r.get())

// expect: ok 12
// expect: error bad("x")
// expect: 50
