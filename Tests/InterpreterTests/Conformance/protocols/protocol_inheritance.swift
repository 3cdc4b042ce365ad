protocol Named {
    var name: String { get }
}

protocol Aged {
    var age: Int { get }
}

protocol Person: Named, Aged {
    func introduce() -> String
}

extension Person {
    func introduce() -> String { "I am \(name), \(age)" }
}

struct Student: Person {
    var name: String
    var age: Int
}

let s = Student(name: "Lea", age: 20)
print(s.introduce())
let n: Named = s
print(n.name)
print(s is Named, s is Aged, s is Person)

// expect: I am Lea, 20
// expect: Lea
// expect: true true true
