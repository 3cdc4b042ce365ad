let values = ["1", "two", "3"]
let first = Int(values[0])!
print(first)
let second = Int(values[1])!
print(second)

// expect: 1
// expect error: 4: Unexpectedly found nil while unwrapping an Optional value
