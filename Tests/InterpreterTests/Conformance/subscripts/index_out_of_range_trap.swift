struct Stack {
    var items = [1, 2, 3]
    subscript(i: Int) -> Int { items[i] }
}
let s = Stack()
print(s[2])
print(s[5])

// expect: 3
// expect error: 3: Index out of range
