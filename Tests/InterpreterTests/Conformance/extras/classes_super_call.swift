class Base {
    func hello() -> String { "base" }
}
class Derived: Base {
    override func hello() -> String { "derived+" + super.hello() }
}
print(Derived().hello())

// expect: derived+base
