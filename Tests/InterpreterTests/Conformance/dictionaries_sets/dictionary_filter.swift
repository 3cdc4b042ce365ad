let d = ["a": 1, "b": 5, "c": 9]
let big = d.filter { $0.value > 3 }
print(big.keys.sorted())

// expect: ["b", "c"]
