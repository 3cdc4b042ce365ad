// Zipper: navigate and edit an immutable binary tree through a focus and its breadcrumbs.
indirect enum Tree: Equatable, CustomStringConvertible {
    case leaf
    case node(value: Int, left: Tree, right: Tree)

    var description: String {
        switch self {
        case .leaf: return "-"
        case let .node(v, l, r): return "(\(v) \(l) \(r))"
        }
    }
}

struct Zipper {
    enum Crumb {
        case wentLeft(value: Int, right: Tree)
        case wentRight(value: Int, left: Tree)
    }

    private(set) var focus: Tree
    private var crumbs: [Crumb] = []

    init(_ tree: Tree) { focus = tree }

    var value: Int? {
        if case let .node(v, _, _) = focus { return v }
        return nil
    }

    var left: Zipper? {
        guard case let .node(v, l, r) = focus, l != .leaf else { return nil }
        var z = self
        z.focus = l
        z.crumbs.append(.wentLeft(value: v, right: r))
        return z
    }

    var right: Zipper? {
        guard case let .node(v, l, r) = focus, r != .leaf else { return nil }
        var z = self
        z.focus = r
        z.crumbs.append(.wentRight(value: v, left: l))
        return z
    }

    var up: Zipper? {
        guard let crumb = crumbs.last else { return nil }
        var z = self
        z.crumbs.removeLast()
        switch crumb {
        case let .wentLeft(v, r): z.focus = .node(value: v, left: focus, right: r)
        case let .wentRight(v, l): z.focus = .node(value: v, left: l, right: focus)
        }
        return z
    }

    func setValue(_ newValue: Int) -> Zipper {
        guard case let .node(_, l, r) = focus else { return self }
        var z = self
        z.focus = .node(value: newValue, left: l, right: r)
        return z
    }

    func setLeft(_ tree: Tree) -> Zipper {
        guard case let .node(v, _, r) = focus else { return self }
        var z = self
        z.focus = .node(value: v, left: tree, right: r)
        return z
    }

    var toTree: Tree {
        var z = self
        while let parent = z.up { z = parent }
        return z.focus
    }
}
// cell
let t: Tree = .node(value: 1, left: .node(value: 2, left: .leaf, right: .node(value: 3, left: .leaf, right: .leaf)),
                    right: .node(value: 4, left: .leaf, right: .leaf))
let z = Zipper(t)
print(z.toTree)
print(z.value!, z.left!.value!, z.left!.right!.value!, z.right!.value!)
print(z.left?.left == nil, z.up == nil)
print(z.left!.right!.up!.up!.toTree == t)
print(z.left!.setValue(5).toTree)
print(z.left!.right!.up!.setValue(5).toTree)
print(z.left!.setLeft(.node(value: 5, left: .leaf, right: .leaf)).toTree)
print(z.right!.setLeft(.node(value: 7, left: .leaf, right: .leaf)).left!.value!)
print(z.left!.right!.setValue(9).toTree)
print(z.setValue(0).value!, z.value!)

// expect: (1 (2 - (3 - -)) (4 - -))
// expect: 1 2 3 4
// expect: true true
// expect: true
// expect: (1 (5 - (3 - -)) (4 - -))
// expect: (1 (5 - (3 - -)) (4 - -))
// expect: (1 (2 (5 - -) (3 - -)) (4 - -))
// expect: 7
// expect: (1 (2 - (9 - -)) (4 - -))
// expect: 0 1
