struct Text {
    var chars: [Character]
    init(_ s: String) { chars = Array(s) }
    subscript(r: Range<Int>) -> String { String(chars[r]) }
}
let t = Text("notebook")
print(t[0..<4], t[4..<8])

// expect: note book
