let d = ["k": 2.5]
print(d["k"])
print(d["z"])

// expect: Optional(2.5)
// expect: nil
