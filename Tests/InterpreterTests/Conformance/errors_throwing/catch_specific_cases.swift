enum ParseError: Error {
    case empty
    case invalid(String)
}
func parse(_ s: String) throws -> Int {
    if s.isEmpty { throw ParseError.empty }
    guard let n = Int(s) else { throw ParseError.invalid(s) }
    return n
}
for input in ["12", "", "abc"] {
    do {
        let n = try parse(input)
        print("parsed", n)
    } catch ParseError.empty {
        print("empty input")
    } catch ParseError.invalid(let text) {
        print("invalid:", text)
    } catch {
        print("other")
    }
}

// expect: parsed 12
// expect: empty input
// expect: invalid: abc
