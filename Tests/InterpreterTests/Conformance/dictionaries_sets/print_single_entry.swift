let d = ["key": 1]
print(d)
let e: [String: Int] = [:]
print(e)
let f = [1: "one"]
print(f)

// expect: ["key": 1]
// expect: [:]
// expect: [1: "one"]
