let d = ["a": 1]
print(d["a"] != nil)
print(d.keys.contains("b"))

// expect: true
// expect: false
