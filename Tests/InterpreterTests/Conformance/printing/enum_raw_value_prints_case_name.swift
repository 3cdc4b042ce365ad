enum Planet: Int { case mercury = 1, venus }
enum Suit: String { case hearts = "H" }
print(Planet.venus)
print(Suit.hearts)
print([Planet.mercury])
print(Suit.hearts.rawValue)

// expect: venus
// expect: hearts
// expect: [main.Planet.mercury]
// expect: H
