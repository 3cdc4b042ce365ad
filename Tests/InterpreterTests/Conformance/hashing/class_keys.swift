// Classes that are Hashable by an id: equal ids are one key, whatever the instance.
final class Account: Hashable, CustomStringConvertible {
    let id: Int
    var owner: String
    init(id: Int, owner: String) { self.id = id; self.owner = owner }
    static func == (lhs: Account, rhs: Account) -> Bool { lhs.id == rhs.id }
    func hash(into hasher: inout Hasher) {
        hasher.combine(id)
    }
    var description: String { "#\(id) \(owner)" }
}
var balances: [Account: Double] = [:]
balances[Account(id: 1, owner: "Ada")] = 10
balances[Account(id: 1, owner: "Ada again")] = 25
balances[Account(id: 2, owner: "Bob")] = 5
print(balances.count, balances[Account(id: 1, owner: "")]!)
let unique = Set([Account(id: 3, owner: "c"), Account(id: 3, owner: "C"), Account(id: 4, owner: "d")])
print(unique.count)
print([Account(id: 9, owner: "x")].contains(Account(id: 9, owner: "y")))
let a = Account(id: 1, owner: "a"), b = Account(id: 1, owner: "b")
print(a == b, a === b, a.hashValue == b.hashValue)

// expect: 2 25.0
// expect: 2
// expect: true
// expect: true false true
