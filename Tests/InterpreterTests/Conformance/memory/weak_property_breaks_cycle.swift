class Owner {
    let name: String
    var pet: Pet?
    init(name: String) { self.name = name; print("owner \(name) arrives") }
    deinit { print("owner \(name) leaves") }
}
class Pet {
    let kind: String
    weak var owner: Owner?
    init(kind: String) { self.kind = kind }
    deinit { print("\(kind) is gone") }
}
var alice: Owner? = Owner(name: "Alice")
var cat: Pet? = Pet(kind: "cat")
alice!.pet = cat
cat!.owner = alice
print(cat!.owner?.name ?? "none")
alice = nil
print(cat!.owner?.name ?? "none")
cat = nil
print("--")

// expect: owner Alice arrives
// expect: Alice
// expect: owner Alice leaves
// expect: none
// expect: cat is gone
// expect: --
