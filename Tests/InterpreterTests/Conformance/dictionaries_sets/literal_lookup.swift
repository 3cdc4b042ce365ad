let ages = ["ann": 31, "bob": 25]
print(ages["ann"]!)
print(ages["zed"] ?? 0)
print(ages.count)

// expect: 31
// expect: 0
// expect: 2
