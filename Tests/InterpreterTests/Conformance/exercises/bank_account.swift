// Bank account: a class whose operations throw typed errors when the account is closed or short.
enum BankError: Error, Equatable, CustomStringConvertible {
    case accountClosed
    case accountAlreadyOpen
    case invalidAmount(Int)
    case insufficientFunds(needed: Int, available: Int)

    var description: String {
        switch self {
        case .accountClosed: return "account closed"
        case .accountAlreadyOpen: return "account already open"
        case .invalidAmount(let amount): return "invalid amount \(amount)"
        case let .insufficientFunds(needed, available): return "needed \(needed), have \(available)"
        }
    }
}

final class BankAccount {
    private var isOpen = false
    private var _balance = 0

    func open() throws {
        guard !isOpen else { throw BankError.accountAlreadyOpen }
        isOpen = true
        _balance = 0
    }

    func close() throws {
        guard isOpen else { throw BankError.accountClosed }
        isOpen = false
    }

    func balance() throws -> Int {
        guard isOpen else { throw BankError.accountClosed }
        return _balance
    }

    func deposit(_ amount: Int) throws {
        guard isOpen else { throw BankError.accountClosed }
        guard amount > 0 else { throw BankError.invalidAmount(amount) }
        _balance += amount
    }

    func withdraw(_ amount: Int) throws {
        guard isOpen else { throw BankError.accountClosed }
        guard amount > 0 else { throw BankError.invalidAmount(amount) }
        guard amount <= _balance else {
            throw BankError.insufficientFunds(needed: amount, available: _balance)
        }
        _balance -= amount
    }
}
// cell
func attempt(_ label: String, _ body: () throws -> Void) {
    do {
        try body()
        print("\(label): ok")
    } catch let error as BankError {
        print("\(label): \(error)")
    } catch {
        print("\(label): unexpected \(error)")
    }
}

let account = BankAccount()
attempt("balance before open") { _ = try account.balance() }
attempt("open") { try account.open() }
attempt("open again") { try account.open() }
attempt("deposit 100") { try account.deposit(100) }
attempt("withdraw 30") { try account.withdraw(30) }
print("balance:", (try? account.balance()) ?? -1)
attempt("withdraw 80") { try account.withdraw(80) }
attempt("deposit -5") { try account.deposit(-5) }
attempt("withdraw 0") { try account.withdraw(0) }
attempt("close") { try account.close() }
attempt("deposit after close") { try account.deposit(5) }
attempt("close again") { try account.close() }
attempt("reopen") { try account.open() }
print("balance after reopen:", (try? account.balance()) ?? -1)
print(BankError.invalidAmount(3) == .invalidAmount(3), BankError.accountClosed == .accountAlreadyOpen)

// expect: balance before open: account closed
// expect: open: ok
// expect: open again: account already open
// expect: deposit 100: ok
// expect: withdraw 30: ok
// expect: balance: 70
// expect: withdraw 80: needed 80, have 70
// expect: deposit -5: invalid amount -5
// expect: withdraw 0: invalid amount 0
// expect: close: ok
// expect: deposit after close: account closed
// expect: close again: account closed
// expect: reopen: ok
// expect: balance after reopen: 0
// expect: true false
