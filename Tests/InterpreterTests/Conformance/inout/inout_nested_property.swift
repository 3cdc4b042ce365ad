struct Box { var items: [Int] = [] }
func push(_ a: inout [Int], _ v: Int) { a.append(v) }
var b = Box()
push(&b.items, 4)
push(&b.items, 5)
print(b.items)

// expect: [4, 5]
