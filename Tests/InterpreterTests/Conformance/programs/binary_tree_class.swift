class TreeNode {
    var value: Int
    var left: TreeNode?
    var right: TreeNode?
    init(_ value: Int) { self.value = value }
    func insert(_ v: Int) {
        if v < value {
            if let l = left { l.insert(v) } else { left = TreeNode(v) }
        } else {
            if let r = right { r.insert(v) } else { right = TreeNode(v) }
        }
    }
    func inOrder() -> [Int] {
        (left?.inOrder() ?? []) + [value] + (right?.inOrder() ?? [])
    }
    var height: Int {
        1 + max(left?.height ?? 0, right?.height ?? 0)
    }
}
let root = TreeNode(50)
for v in [30, 70, 20, 40, 60, 80, 35] {
    root.insert(v)
}
print(root.inOrder())
print(root.height)

// expect: [20, 30, 35, 40, 50, 60, 70, 80]
// expect: 4
