var t = (count: 0, label: "n")
t.count += 2
t.label = "m"
print(t)

// expect: (count: 2, label: "m")
