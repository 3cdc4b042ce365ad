extension Array {
    mutating func rotateLeft() {
        guard !isEmpty else { return }
        let first = removeFirst()
        append(first)
    }

    var second: Element? { count > 1 ? self[1] : nil }
}

var a = [1, 2, 3, 4]
a.rotateLeft()
print(a)
a.rotateLeft()
print(a, a.second!)
var names = ["x"]
names.rotateLeft()
print(names, names.second as Any)

// expect: [2, 3, 4, 1]
// expect: [3, 4, 1, 2] 4
// expect: ["x"] nil
