let raw = ["1", "two", "3"]
let nums = raw.compactMap { Int($0) }
print(nums)

// expect: [1, 3]
