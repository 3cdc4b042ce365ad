let raw = ["a": "1", "b": "x", "c": "3"]
let nums = raw.compactMapValues { Int($0) }
print(nums.count, nums["a"]!, nums["b"] == nil, nums["c"]!)
let doubled = nums.mapValues { $0 * 2 }
print(doubled["c"]!)

// expect: 2 1 true 3
// expect: 6
