struct Account {
    var balance: Int
    mutating func deposit(_ balance: Int) {
        self.balance += balance
    }
}
var a = Account(balance: 10)
a.deposit(5)
print(a.balance)

// expect: 15
