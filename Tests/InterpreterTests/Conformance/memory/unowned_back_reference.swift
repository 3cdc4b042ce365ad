class Account {
    let id: Int
    unowned let bank: Bank
    init(id: Int, bank: Bank) { self.id = id; self.bank = bank }
    deinit { print("account \(id) closed") }
}
class Bank {
    var accounts: [Account] = []
    let title: String
    init(title: String) { self.title = title }
    func open(_ id: Int) { accounts.append(Account(id: id, bank: self)) }
    deinit { print("bank \(title) closed") }
}
var bank: Bank? = Bank(title: "First")
bank!.open(1); bank!.open(2)
print(bank!.accounts.map { "\($0.id)@\($0.bank.title)" })
bank!.accounts.removeFirst()
print("removed one")
bank = nil
print("--")

// expect: ["1@First", "2@First"]
// expect: account 1 closed
// expect: removed one
// expect: bank First closed
// expect: account 2 closed
// expect: --
