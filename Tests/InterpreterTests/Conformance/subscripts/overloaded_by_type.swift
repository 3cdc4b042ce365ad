struct Table {
    var names = ["ann", "bob"]
    subscript(i: Int) -> String { names[i] }
    subscript(name: String) -> Int? { names.firstIndex(of: name) }
}
let t = Table()
print(t[1])
print(t["bob"] ?? -1, t["cat"] ?? -1)

// expect: bob
// expect: 1 -1
