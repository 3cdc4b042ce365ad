// Benchmark: tree recursion over class nodes: a binary search tree built by recursive
// insertion, then measured (height, sum, in-order walk, range count) recursively.
class Node {
    var key: Int
    var left: Node?
    var right: Node?

    init(key: Int) {
        self.key = key
    }
}

func insert(_ node: Node?, _ key: Int) -> Node {
    guard let node = node else {
        return Node(key: key)
    }
    if key < node.key {
        node.left = insert(node.left, key)
    } else if key > node.key {
        node.right = insert(node.right, key)
    }
    return node
}

func height(_ node: Node?) -> Int {
    guard let node = node else { return 0 }
    return 1 + max(height(node.left), height(node.right))
}

func sum(_ node: Node?) -> Int {
    guard let node = node else { return 0 }
    return node.key + sum(node.left) + sum(node.right)
}

func inOrder(_ node: Node?, _ out: inout [Int]) {
    guard let node = node else { return }
    inOrder(node.left, &out)
    out.append(node.key)
    inOrder(node.right, &out)
}

func countInRange(_ node: Node?, _ low: Int, _ high: Int) -> Int {
    guard let node = node else { return 0 }
    var count = 0
    if node.key >= low && node.key <= high {
        count += 1
    }
    if node.key > low {
        count += countInRange(node.left, low, high)
    }
    if node.key < high {
        count += countInRange(node.right, low, high)
    }
    return count
}

var seed = 99
func random(_ n: Int) -> Int {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed / 65536) % n
}

var checksum = 0
for round in 0..<4 {
    var root: Node? = nil
    for _ in 0..<12000 {
        root = insert(root, random(1000000))
    }
    var keys: [Int] = []
    inOrder(root, &keys)
    var sorted = true
    for i in 1..<keys.count where keys[i - 1] >= keys[i] {
        sorted = false
    }
    var ranges = 0
    for q in 0..<200 {
        ranges += countInRange(root, q * 5000, q * 5000 + 20000)
    }
    checksum += height(root) + sum(root) % 1000 + keys.count + ranges + (sorted ? round : 0)
}
print("checksum: \(checksum)")
