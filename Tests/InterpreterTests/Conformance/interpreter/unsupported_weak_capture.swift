// record: skip
class Node { var next: Node? }
let n = Node()
let f = { [weak n] in print(n as Any) }
// expect error: 4:12: 'weak' captures is not supported in notebooks
