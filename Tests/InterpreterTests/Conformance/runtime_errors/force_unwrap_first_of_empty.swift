let xs: [Int] = []
print(xs.count)
let f = xs.first!
print(f)

// expect: 0
// expect error: 3: Unexpectedly found nil while unwrapping an Optional value
