struct Log {
    var lines: [String] = []
    mutating func append(_ line: String) {
        lines.append("> " + line)
    }
}

var log = Log()
var text = "ab"
var numbers: [Double] = []
for i in 0..<3 {
    log.append("entry \(i)")
    text.append("c")
    numbers.append(Double(i) / 2)
    numbers.append(1)
}
print(log.lines)
print(text)
print(numbers)

struct Holder {
    var items: [Int] = []
    mutating func add(_ x: Int) { items.append(x * 2) }
}
var h = Holder()
for i in 1...4 { h.add(i) }
let copy = h
h.add(5)
print(copy.items, h.items)

// expect: ["> entry 0", "> entry 1", "> entry 2"]
// expect: abccc
// expect: [0.0, 1.0, 0.5, 1.0, 1.0, 1.0]
// expect: [2, 4, 6, 8] [2, 4, 6, 8, 10]
