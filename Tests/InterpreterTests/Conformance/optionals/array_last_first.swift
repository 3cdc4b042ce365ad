let empty: [Int] = []
print(empty.first)
print(empty.last)
print([4, 5].last)

// expect: nil
// expect: nil
// expect: Optional(5)
