let csv = "3,1,2"
let nums = csv.split(separator: ",").map { Int($0)! }
print(nums.sorted())
print(nums.reduce(0, +))

// expect: [1, 2, 3]
// expect: 6
