protocol Describable {
    var summary: String { get }
}

extension Int: Describable {
    var summary: String { "the number \(self)" }
}

extension String: Describable {
    var summary: String { "the text '\(self)'" }
}

let things: [Describable] = [3, "abc", 10]
for t in things { print(t.summary) }
print(5 is Describable)

// expect: the number 3
// expect: the text 'abc'
// expect: the number 10
// expect: true
