let d = ["a": 1, "b": 2, "c": 3]
print(d.values.reduce(0, +))
print(d.keys.count)

// expect: 6
// expect: 3
