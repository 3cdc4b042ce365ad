class Bank {
    var fee = 1
    func charge(_ balance: inout Int, times: Int) {
        for _ in 0..<times { balance -= fee }
    }
}
let bank = Bank()
var money = 10
bank.charge(&money, times: 3)
print(money)

// expect: 7
