enum Coin: Int {
    case penny = 1, nickel = 5, dime = 10
    var cents: Int { rawValue }
    func times(_ n: Int) -> Int { rawValue * n }
}
print(Coin.dime.cents)
print(Coin.nickel.times(3))

// expect: 10
// expect: 15
