enum Weekday: String, CaseIterable {
    case mon = "Monday", tue = "Tuesday", wed = "Wednesday"
}

enum Coin: CaseIterable {
    case penny, nickel, dime
}

print(Weekday.allCases.count)
for d in Weekday.allCases {
    print(d, d.rawValue)
}
print(Coin.allCases)
print(Coin.allCases.map { "\($0)" }.joined(separator: "|"))

// expect: 3
// expect: mon Monday
// expect: tue Tuesday
// expect: wed Wednesday
// expect: [main.Coin.penny, main.Coin.nickel, main.Coin.dime]
// expect: penny|nickel|dime
