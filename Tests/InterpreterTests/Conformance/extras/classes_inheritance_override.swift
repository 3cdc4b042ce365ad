class Animal {
    var name: String
    init(name: String) { self.name = name }
    func sound() -> String { "..." }
    func speak() -> String { "\(name) says \(sound())" }
}
class Cow: Animal {
    override func sound() -> String { "moo" }
}
let animals: [Animal] = [Animal(name: "generic"), Cow(name: "Bess")]
for a in animals {
    print(a.speak())
}

// expect: generic says ...
// expect: Bess says moo
