struct Pair {
    var items = ["a", "b"]
    subscript(i: Int) -> String {
        get { items[i] }
        set { items[i] = newValue }
    }
}
var p = Pair()
var q = p
q[0] = "z"
print(p[0], q[0])

// expect: a z
