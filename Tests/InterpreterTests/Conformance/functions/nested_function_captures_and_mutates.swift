func makeReport() -> String {
    var lines: [String] = []
    func add(_ s: String) {
        lines.append(s)
    }
    add("one")
    add("two")
    return lines.joined(separator: "|")
}
print(makeReport())

// expect: one|two
