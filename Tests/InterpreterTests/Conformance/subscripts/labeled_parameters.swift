struct Calendar2 {
    var notes: [String] = Array(repeating: "", count: 7)
    subscript(day index: Int) -> String {
        get { notes[index] }
        set { notes[index] = newValue }
    }
    subscript(first n: Int, suffix s: String) -> [String] {
        notes.prefix(n).map { $0 + s }
    }
}
var c = Calendar2()
c[day: 0] = "gym"
c[day: 1] = "read"
print(c[day: 0], c[day: 1])
print(c[first: 2, suffix: "!"])

// expect: gym read
// expect: ["gym!", "read!"]
