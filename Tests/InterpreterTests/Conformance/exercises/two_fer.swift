// Two-fer: "One for X, one for me." with a default name.
func twoFer(name: String = "you") -> String { "One for \(name), one for me." }

func twoFer(names: [String]) -> [String] { names.map { twoFer(name: $0) } }
// cell
print(twoFer())
print(twoFer(name: "Alice"))
print(twoFer(name: "Bob"))
print(twoFer(name: ""))
print(twoFer(names: ["Zaphod", "Ford"]))
let optionalName: String? = nil
print(optionalName.map { twoFer(name: $0) } ?? twoFer())

// expect: One for you, one for me.
// expect: One for Alice, one for me.
// expect: One for Bob, one for me.
// expect: One for , one for me.
// expect: ["One for Zaphod, one for me.", "One for Ford, one for me."]
// expect: One for you, one for me.
