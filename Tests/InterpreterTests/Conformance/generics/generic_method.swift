struct Box {
    var label: String

    func wrap<T>(_ x: T) -> (String, T) { (label, x) }

    func pick<T: Comparable>(_ a: T, _ b: T) -> T { a < b ? a : b }
}

let b = Box(label: "L")
print(b.wrap(3))
print(b.wrap([true]))
print(b.pick("dog", "cat"), b.pick(4, 2))

// expect: ("L", 3)
// expect: ("L", [true])
// expect: cat 2
