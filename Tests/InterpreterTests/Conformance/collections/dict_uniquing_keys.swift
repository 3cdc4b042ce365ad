let pairs = [("a", 1), ("b", 2), ("a", 10)]
let summed = Dictionary(pairs, uniquingKeysWith: +)
print(summed["a"]!, summed["b"]!)
let firstWins = Dictionary(pairs, uniquingKeysWith: { old, _ in old })
print(firstWins["a"]!)
let unique = Dictionary(uniqueKeysWithValues: zip(["x", "y"], [1, 2]))
print(unique.sorted { $0.key < $1.key })

// expect: 11 2
// expect: 1
// expect: [(key: "x", value: 1), (key: "y", value: 2)]
