enum BankError: Error { case insufficient(needed: Int) }
class Wallet {
    var cash = 10
    func pay(_ amount: Int) throws {
        guard amount <= cash else {
            throw BankError.insufficient(needed: amount - cash)
        }
        cash -= amount
    }
}
let w = Wallet()
do {
    try w.pay(4)
    try w.pay(20)
} catch BankError.insufficient(let needed) {
    print("need \(needed) more")
}
print(w.cash)

// expect: need 14 more
// expect: 6
