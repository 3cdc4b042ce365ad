func add(_ a: Int, _ b: Int) -> Int { a + b }
print(add(2, 3))

// expect: 5
