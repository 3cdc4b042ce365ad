struct Money { var cents: Int }
extension Money {
    init(dollars: Double) {
        cents = Int(dollars * 100)
    }
}
print(Money(dollars: 2.5).cents)
print(Money(cents: 7).cents)

// expect: 250
// expect: 7
