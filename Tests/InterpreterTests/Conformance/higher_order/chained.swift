let result = (1...20)
    .filter { $0 % 3 == 0 }
    .map { $0 * $0 }
    .reduce(0, +)
print(result)

// expect: 819
