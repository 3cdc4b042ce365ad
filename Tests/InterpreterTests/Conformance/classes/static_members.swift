class Registry {
    static var count = 0
    static func register() -> Int {
        count += 1
        return count
    }
    let id: Int
    init() { id = Registry.register() }
}
let a = Registry()
let b = Registry()
print(a.id, b.id, Registry.count)

// expect: 1 2 2
