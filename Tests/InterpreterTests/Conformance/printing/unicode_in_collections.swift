let xs = ["café", "日本", "😀"]
print(xs)
print(xs.map { $0.count })

// expect: ["café", "日本", "😀"]
// expect: [4, 2, 1]
