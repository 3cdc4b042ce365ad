class Builder {
    var parts: [String] = []
    func add(_ p: String) -> Builder {
        parts.append(p)
        return self
    }
}
let b = Builder().add("a").add("b").add("c")
print(b.parts.joined(separator: "-"))

// expect: a-b-c
