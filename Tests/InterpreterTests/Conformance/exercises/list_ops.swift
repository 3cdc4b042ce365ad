// List ops: the basic list operations written by hand as generic functions over arrays.
enum ListOps {
    static func append<T>(_ a: [T], _ b: [T]) -> [T] {
        var result = a
        for x in b { result.append(x) }
        return result
    }

    static func concat<T>(_ lists: [T]...) -> [T] { lists.reduce([], append) }

    static func filter<T>(_ list: [T], _ keep: (T) -> Bool) -> [T] {
        foldLeft(list, accumulated: []) { keep($1) ? $0 + [$1] : $0 }
    }

    static func length<T>(_ list: [T]) -> Int { foldLeft(list, accumulated: 0) { n, _ in n + 1 } }

    static func map<T, U>(_ list: [T], _ transform: (T) -> U) -> [U] {
        foldLeft(list, accumulated: []) { $0 + [transform($1)] }
    }

    static func foldLeft<T, A>(_ list: [T], accumulated: A, _ combine: (A, T) -> A) -> A {
        var acc = accumulated
        for x in list { acc = combine(acc, x) }
        return acc
    }

    static func foldRight<T, A>(_ list: [T], accumulated: A, _ combine: (T, A) -> A) -> A {
        var acc = accumulated
        for x in reverse(list) { acc = combine(x, acc) }
        return acc
    }

    static func reverse<T>(_ list: [T]) -> [T] { foldLeft(list, accumulated: []) { [$1] + $0 } }
}
// cell
print(ListOps.append([1, 2], [2, 3, 4, 5]), ListOps.append([Int](), []))
print(ListOps.concat([1, 2], [3], [], [4, 5, 6]))
print(ListOps.concat(["a"], ["b", "c"]))
print(ListOps.filter([1, 2, 3, 5]) { $0 % 2 == 1 })
print(ListOps.length([1, 2, 3, 4]), ListOps.length([String]()))
print(ListOps.map([1, 3, 5, 7]) { $0 + 1 })
print(ListOps.map(["a", "bb"]) { $0.count })
print(ListOps.foldLeft([1, 2, 3, 4], accumulated: 5, +))
print(ListOps.foldLeft([1, 2, 3, 4], accumulated: 24.0) { $0 / Double($1) })
print(ListOps.foldRight([1, 2, 3, 4], accumulated: 24.0) { Double($0) / $1 })
print(ListOps.foldRight(["e", "g", "g"], accumulated: "!") { $0 + $1 })
print(ListOps.reverse([1, 3, 5, 7]), ListOps.reverse([[1, 2], [3], [], [4, 5, 6]]))

// expect: [1, 2, 2, 3, 4, 5] []
// expect: [1, 2, 3, 4, 5, 6]
// expect: ["a", "b", "c"]
// expect: [1, 3, 5]
// expect: 4 0
// expect: [2, 4, 6, 8]
// expect: [1, 2]
// expect: 15
// expect: 1.0
// expect: 9.0
// expect: egg!
// expect: [7, 5, 3, 1] [[4, 5, 6], [], [3], [1, 2]]
