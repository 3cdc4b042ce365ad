class Dog {
    var name: String
    var age: Int
    init(name: String, age: Int) {
        self.name = name
        self.age = age
    }
    func describe() -> String {
        "\(name) is \(age)"
    }
}
let d = Dog(name: "Rex", age: 3)
print(d.describe())

// expect: Rex is 3
