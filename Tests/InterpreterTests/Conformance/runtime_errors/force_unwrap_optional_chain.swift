class Node { var next: Node?; var v = 1 }
let n = Node()
print(n.v)
print(n.next!.v)

// expect: 1
// expect error: 4: Unexpectedly found nil while unwrapping an Optional value
