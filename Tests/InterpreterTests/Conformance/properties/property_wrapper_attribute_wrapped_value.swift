// A wrapped property whose attribute gives the wrapped value (`@Capped(wrappedValue: 2,
// limit: 5) var x: Int`) needs no argument in the memberwise initializer.
@propertyWrapper
struct Capped {
    private var value = 0
    private let limit: Int
    init(wrappedValue: Int, limit: Int) {
        self.limit = limit
        value = min(wrappedValue, limit)
    }
    var wrappedValue: Int {
        get { value }
        set { value = min(newValue, limit) }
    }
}

struct Box {
    @Capped(wrappedValue: 2, limit: 5) var height: Int
    @Capped(wrappedValue: 9, limit: 4) var width: Int
}

var b = Box()
print(b.height, b.width)
b.height = 100
b.width = 3
print(b.height, b.width)

// expect: 2 4
// expect: 5 3
