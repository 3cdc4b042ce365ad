let d1 = ["k": [1, 2]]
let d2 = ["k": 0.5]
let d3 = [1: ["a": true]]
let d4: [String: Int?] = ["k": nil]
print(d1)
print(d2)
print(d3)
print(d4)

// expect: ["k": [1, 2]]
// expect: ["k": 0.5]
// expect: [1: ["a": true]]
// expect: ["k": nil]
