enum BankError: Error {
    case insufficientFunds(needed: Int)
    case frozen
}

struct Account {
    var balance: Int
    var isFrozen = false

    mutating func withdraw(_ amount: Int) throws {
        if isFrozen { throw BankError.frozen }
        guard amount <= balance else { throw BankError.insufficientFunds(needed: amount - balance) }
        balance -= amount
    }
}

var acct = Account(balance: 50)
do {
    try acct.withdraw(20)
    try acct.withdraw(40)
} catch BankError.insufficientFunds(let n) {
    print("short by", n)
} catch {
    print("other", error)
}
acct.isFrozen = true
do { try acct.withdraw(1) } catch { print("caught", error) }
let e: Error = BankError.frozen
print(e is BankError)
print(acct.balance)

// expect: short by 10
// expect: caught frozen
// expect: true
// expect: 30
