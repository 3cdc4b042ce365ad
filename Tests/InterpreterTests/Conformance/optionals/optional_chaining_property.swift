struct Person {
    var name: String
}
var p: Person? = Person(name: "Lin")
print(p?.name)
print(p?.name.count)
p = nil
print(p?.name)
print(p?.name.count ?? 0)

// expect: Optional("Lin")
// expect: Optional(3)
// expect: nil
// expect: 0
