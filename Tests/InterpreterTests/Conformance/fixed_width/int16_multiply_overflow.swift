let big: Int16 = 300
print(big * 100)
print(big * 200)

// expect: 30000
// expect error: 3: arithmetic overflow
