// record: skip
let d: [String: Int] = ["a": 1]
let v = d["b"]! + 1
// expect error: 3:15: Unexpectedly found nil while unwrapping an Optional value
