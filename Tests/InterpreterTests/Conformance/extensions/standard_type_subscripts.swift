// Subscripts declared in extensions of Int, String and Array.
extension Int {
    subscript(digit position: Int) -> Int {
        var n = self
        for _ in 0..<position { n /= 10 }
        return n % 10
    }
}
extension String {
    subscript(offset: Int) -> Character { self[index(startIndex, offsetBy: offset)] }
    subscript(from start: Int, length n: Int) -> String {
        let a = index(startIndex, offsetBy: start)
        return String(self[a..<index(a, offsetBy: n)])
    }
}
extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
print(90817[digit: 0], 90817[digit: 3], 5[digit: 4])
let word = "swiftly"
print(word[0], word[4], word[from: 1, length: 3], word[word.startIndex])
print([10, 20][safe: 1] as Any, [10, 20][safe: 2] as Any, [10, 20][1])

// expect: 7 0 0
// expect: s t wif s
// expect: Optional(20) nil 20
