let nums = [3, 1, 2]
let sorted = nums.sorted(by: { a, b in a < b })
print(sorted)
let sq: (Int) -> Int = { x in x * x }
print(sq(9))

// expect: [1, 2, 3]
// expect: 81
