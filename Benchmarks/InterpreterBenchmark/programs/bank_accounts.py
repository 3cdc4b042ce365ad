# Benchmark: a class-based simulation: a bank of accounts (one subclass overrides a method)
# and random transfers between them, each recorded in the account's history.


class Account:
    def __init__(self, id, balance):
        self.id = id
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history.append(-amount)
        return True


class SavingsAccount(Account):
    def __init__(self, id, balance):
        super().__init__(id, balance)
        self.withdrawals = 0

    def withdraw(self, amount):
        if self.withdrawals >= 50:
            return False
        ok = super().withdraw(amount)
        if ok:
            self.withdrawals += 1
        return ok

    def add_interest(self):
        self.deposit(self.balance // 100)
        self.withdrawals = 0


class Bank:
    def __init__(self):
        self.accounts = []
        self.savings = []
        self.failed_transfers = 0

    def open(self, balance, saving):
        if saving:
            account = SavingsAccount(len(self.accounts), balance)
            self.accounts.append(account)
            self.savings.append(account)
        else:
            self.accounts.append(Account(len(self.accounts), balance))

    def transfer(self, src, dst, amount):
        if self.accounts[src].withdraw(amount):
            self.accounts[dst].deposit(amount)
        else:
            self.failed_transfers += 1

    def total_balance(self):
        total = 0
        for account in self.accounts:
            total += account.balance
        return total


seed = 2024


def random(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed // 65536) % n


bank = Bank()
for i in range(200):
    bank.open(1000 + random(5000), i % 4 == 0)
for month in range(12):
    for _ in range(20000):
        src = random(len(bank.accounts))
        dst = random(len(bank.accounts))
        bank.transfer(src, dst, 1 + random(800))
    for account in bank.savings:
        account.add_interest()
    if month % 4 == 3:
        for account in bank.accounts:
            if len(account.history) > 500:
                account.history.clear()

richest = bank.accounts[0]
history_total = 0
for account in bank.accounts:
    if account.balance > richest.balance:
        richest = account
    history_total += len(account.history)
print(f"checksum: {bank.total_balance()} {bank.failed_transfers} {richest.id} {richest.balance} {history_total}")
