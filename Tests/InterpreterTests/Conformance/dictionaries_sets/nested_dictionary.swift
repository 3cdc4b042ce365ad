var d: [String: [String: Int]] = ["outer": ["inner": 1]]
d["outer"]!["inner"]! += 1
print(d["outer"]!["inner"]!)
print(d)

// expect: 2
// expect: ["outer": ["inner": 2]]
