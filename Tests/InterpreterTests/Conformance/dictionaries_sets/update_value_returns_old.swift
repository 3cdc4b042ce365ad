var d = ["x": 1]
print(d.updateValue(5, forKey: "x"))
print(d.updateValue(7, forKey: "y"))
print(d["x"]!, d["y"]!)

// expect: Optional(1)
// expect: nil
// expect: 5 7
