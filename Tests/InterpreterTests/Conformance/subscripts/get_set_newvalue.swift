struct Buffer {
    var storage = [0, 0, 0, 0]
    subscript(index: Int) -> Int {
        get { storage[index] }
        set { storage[index] = newValue }
    }
}
var b = Buffer()
b[0] = 7
b[2] = 9
print(b[0], b[1], b[2])
print(b.storage)

// expect: 7 0 9
// expect: [7, 0, 9, 0]
