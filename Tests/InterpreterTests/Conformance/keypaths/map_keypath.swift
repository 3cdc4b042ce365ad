struct Person {
    var name: String
    var age: Int
}
let people = [Person(name: "Ada", age: 36), Person(name: "Alan", age: 41)]
print(people.map(\.name))
print(people.map(\.age).reduce(0, +))

// expect: ["Ada", "Alan"]
// expect: 77
