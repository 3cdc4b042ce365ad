// Benchmark: a class-based simulation: a bank of accounts (one subclass overrides a method)
// and random transfers between them, each recorded in the account's history.
class Account {
    let id: Int
    var balance: Int
    var history: [Int] = []

    init(id: Int, balance: Int) {
        self.id = id
        self.balance = balance
    }

    func deposit(_ amount: Int) {
        balance += amount
        history.append(amount)
    }

    func withdraw(_ amount: Int) -> Bool {
        if amount > balance {
            return false
        }
        balance -= amount
        history.append(-amount)
        return true
    }
}

class SavingsAccount: Account {
    var withdrawals = 0

    override func withdraw(_ amount: Int) -> Bool {
        if withdrawals >= 50 {
            return false
        }
        let ok = super.withdraw(amount)
        if ok {
            withdrawals += 1
        }
        return ok
    }

    func addInterest() {
        deposit(balance / 100)
        withdrawals = 0
    }
}

class Bank {
    var accounts: [Account] = []
    var savings: [SavingsAccount] = []
    var failedTransfers = 0

    func open(balance: Int, saving: Bool) {
        if saving {
            let account = SavingsAccount(id: accounts.count, balance: balance)
            accounts.append(account)
            savings.append(account)
        } else {
            accounts.append(Account(id: accounts.count, balance: balance))
        }
    }

    func transfer(from: Int, to: Int, amount: Int) {
        if accounts[from].withdraw(amount) {
            accounts[to].deposit(amount)
        } else {
            failedTransfers += 1
        }
    }

    var totalBalance: Int {
        var total = 0
        for account in accounts {
            total += account.balance
        }
        return total
    }
}

var seed = 2024
func random(_ n: Int) -> Int {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed / 65536) % n
}

let bank = Bank()
for i in 0..<200 {
    bank.open(balance: 1000 + random(5000), saving: i % 4 == 0)
}
for month in 0..<12 {
    for _ in 0..<20000 {
        let from = random(bank.accounts.count)
        let to = random(bank.accounts.count)
        bank.transfer(from: from, to: to, amount: 1 + random(800))
    }
    for account in bank.savings {
        account.addInterest()
    }
    if month % 4 == 3 {
        for account in bank.accounts where account.history.count > 500 {
            account.history.removeAll()
        }
    }
}

var richest = bank.accounts[0]
var historyTotal = 0
for account in bank.accounts {
    if account.balance > richest.balance {
        richest = account
    }
    historyTotal += account.history.count
}
print("checksum: \(bank.totalBalance) \(bank.failedTransfers) \(richest.id) \(richest.balance) \(historyTotal)")
