enum BankError: Error {
    case insufficientFunds(balance: Double, requested: Double)
    case invalidAmount
}
class Account {
    let owner: String
    var balance: Double = 0
    var history: [String] = []
    init(owner: String) { self.owner = owner }
    func deposit(_ amount: Double) throws {
        guard amount > 0 else { throw BankError.invalidAmount }
        balance += amount
        history.append("+\(amount)")
    }
    func withdraw(_ amount: Double) throws {
        guard amount > 0 else { throw BankError.invalidAmount }
        guard amount <= balance else {
            throw BankError.insufficientFunds(balance: balance, requested: amount)
        }
        balance -= amount
        history.append("-\(amount)")
    }
}
let acct = Account(owner: "Mia")
do {
    try acct.deposit(100)
    try acct.withdraw(30.5)
    try acct.withdraw(100)
} catch BankError.insufficientFunds(let balance, let requested) {
    print("cannot withdraw \(requested), balance is \(balance)")
} catch {
    print("other error: \(error)")
}
print(acct.owner, acct.balance, acct.history)

// expect: cannot withdraw 100.0, balance is 69.5
// expect: Mia 69.5 ["+100.0", "-30.5"]
