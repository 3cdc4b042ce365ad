extension Int {
    static func fromBinary(_ s: String) -> Int {
        var v = 0
        for c in s { v = v * 2 + (c == "1" ? 1 : 0) }
        return v
    }
    static var answer: Int { 42 }
}

extension String {
    static func banner(_ s: String) -> String { "== " + s + " ==" }
}

print(Int.fromBinary("1011"), Int.answer)
print(String.banner("done"))

// expect: 11 42
// expect: == done ==
