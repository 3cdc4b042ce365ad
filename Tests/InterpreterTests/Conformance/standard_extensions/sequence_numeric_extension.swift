extension Sequence where Element: Numeric {
    func total() -> Element {
        var t: Element = 0
        for x in self { t += x }
        return t
    }
}

print([1, 2, 3, 4].total())
print((1...10).total())

// expect: 10
// expect: 55
