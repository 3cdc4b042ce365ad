// Binary search tree: a generic, value-type tree with insertion, search and in-order traversal.
indirect enum BinarySearchTree<Element: Comparable> {
    case empty
    case node(BinarySearchTree, Element, BinarySearchTree)

    init(_ values: [Element] = []) {
        self = .empty
        for v in values { insert(v) }
    }

    mutating func insert(_ value: Element) {
        switch self {
        case .empty:
            self = .node(.empty, value, .empty)
        case .node(var left, let root, var right):
            if value <= root { left.insert(value) } else { right.insert(value) }
            self = .node(left, root, right)
        }
    }

    func contains(_ value: Element) -> Bool {
        switch self {
        case .empty: return false
        case let .node(left, root, right):
            if value == root { return true }
            return value < root ? left.contains(value) : right.contains(value)
        }
    }

    var sortedValues: [Element] {
        guard case let .node(left, root, right) = self else { return [] }
        return left.sortedValues + [root] + right.sortedValues
    }

    var height: Int {
        guard case let .node(left, _, right) = self else { return 0 }
        return 1 + Swift.max(left.height, right.height)
    }

    var root: Element? {
        if case let .node(_, value, _) = self { return value }
        return nil
    }
}
// cell
var tree = BinarySearchTree([4, 2, 6, 1, 3, 5, 7])
print(tree.root ?? -1, tree.height)
print(tree.sortedValues)
print(tree.contains(5), tree.contains(8))
tree.insert(4)
tree.insert(0)
print(tree.sortedValues, tree.height)

let words = BinarySearchTree(["mango", "apple", "pear", "banana", "cherry"])
print(words.sortedValues)
print(words.root ?? "none", words.contains("pear"), words.contains("kiwi"))

let empty = BinarySearchTree<Double>()
print(empty.sortedValues, empty.height, empty.root as Any)
let chain = BinarySearchTree(Array(1...6))
print(chain.height, chain.sortedValues)

// expect: 4 3
// expect: [1, 2, 3, 4, 5, 6, 7]
// expect: true false
// expect: [0, 1, 2, 3, 4, 4, 5, 6, 7] 4
// expect: ["apple", "banana", "cherry", "mango", "pear"]
// expect: mango true false
// expect: [] 0 nil
// expect: 6 [1, 2, 3, 4, 5, 6]
