let a: [String] = []
let b: [[Int]] = []
let c: [Double?] = []
let d: [Int: Int] = [:]
print(a, b, c, d)

// expect: [] [] [] [:]
