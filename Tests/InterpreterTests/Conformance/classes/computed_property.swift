class Account {
    var deposits: [Double] = []
    var balance: Double {
        deposits.reduce(0, +)
    }
    func deposit(_ amount: Double) {
        deposits.append(amount)
    }
}
let acc = Account()
acc.deposit(10)
acc.deposit(2.5)
print(acc.balance)

// expect: 12.5
