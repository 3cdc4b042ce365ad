let d = ["a": 1]
print(d["a"]!)
print(d["b"]!)

// expect: 1
// expect error: 3: Unexpectedly found nil while unwrapping an Optional value
