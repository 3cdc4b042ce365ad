// `self.init()` calls `init()`, not a variadic initializer that could take no arguments.
final class Bag<T> {
    var items: [T] = []
    init() { print("init()") }
    convenience init(_ values: T...) {
        self.init()
        items = values
        print("init(_:) with", values.count)
    }
}
let a = Bag<Int>()
let b = Bag(1, 2, 3)
print(a.items, b.items)

// expect: init()
// expect: init()
// expect: init(_:) with 3
// expect: [] [1, 2, 3]
