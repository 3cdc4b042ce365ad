class Node { var v = 0 }
let a = Node()
let b = a
let c = Node()
print(a === b, a === c)

// expect: true false
