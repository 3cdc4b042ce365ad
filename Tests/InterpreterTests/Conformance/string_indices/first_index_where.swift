let code = "abc123def"
if let d = code.firstIndex(where: { $0.isNumber }) {
    print(code[d...])
    print(code.distance(from: code.startIndex, to: d))
}
if let l = code.lastIndex(where: { $0.isNumber }) {
    print(code[code.index(after: l)...])
}

// expect: 123def
// expect: 3
// expect: def
