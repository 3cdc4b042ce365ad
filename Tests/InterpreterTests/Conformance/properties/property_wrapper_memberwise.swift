@propertyWrapper
struct NonNegative {
    private var number: Int
    init(wrappedValue: Int) { number = max(0, wrappedValue) }
    var wrappedValue: Int {
        get { number }
        set { number = max(0, newValue) }
    }
}
struct Account {
    var owner: String
    @NonNegative var balance: Int = 0
}
let a = Account(owner: "ann", balance: -50)
let b = Account(owner: "bob", balance: 70)
let c = Account(owner: "cy")
print(a.owner, a.balance, b.balance, c.balance)

// expect: ann 0 70 0
