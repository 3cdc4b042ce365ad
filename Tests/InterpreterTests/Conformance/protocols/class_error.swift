enum ParseError: Error, CustomStringConvertible {
    case empty
    case bad(String)

    var description: String {
        switch self {
        case .empty: return "empty input"
        case .bad(let s): return "cannot parse '\(s)'"
        }
    }
}

func parse(_ s: String) throws -> Int {
    if s.isEmpty { throw ParseError.empty }
    guard let n = Int(s) else { throw ParseError.bad(s) }
    return n
}

for input in ["12", "", "x1"] {
    do {
        print(try parse(input))
    } catch {
        print("error:", error)
    }
}
let r = try? parse("zz")
print(r as Any)

// expect: 12
// expect: error: empty input
// expect: error: cannot parse 'x1'
// expect: nil
