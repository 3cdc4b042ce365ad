@resultBuilder
struct Joined {
    static func buildBlock(_ parts: String...) -> String { parts.joined(separator: ", ") }
    static func buildOptional(_ part: String?) -> String { part ?? "-" }
}

struct Person {
    var name: String
    var age: Int
    var email: String?

    @Joined var summary: String {
        name
        "\(age) years"
        if let email {
            "mail: \(email)"
        }
    }

    @Joined var initials: String {
        get {
            String(name.prefix(1))
            String(name.suffix(1))
        }
    }
}

let a = Person(name: "Ada", age: 36, email: "ada@example.org")
let b = Person(name: "Bob", age: 7, email: nil)
print(a.summary)
print(b.summary)
print(a.initials)

// expect: Ada, 36 years, mail: ada@example.org
// expect: Bob, 7 years, -
// expect: A, a
