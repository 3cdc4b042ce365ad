struct Bag {
    var items: [String] = []
}
var a = Bag()
a.items.append("x")
var b = a
b.items.append("y")
print(a.items, b.items)

// expect: ["x"] ["x", "y"]
