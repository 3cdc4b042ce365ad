enum Tree {
    case leaf(Int)
    case pair(String, [Int])
}
print(Tree.leaf(1))
print(Tree.pair("a", [1, 2]))
print([Tree.leaf(0)])
print(Optional(Tree.leaf(5)))

// expect: leaf(1)
// expect: pair("a", [1, 2])
// expect: [main.Tree.leaf(0)]
// expect: Optional(main.Tree.leaf(5))
