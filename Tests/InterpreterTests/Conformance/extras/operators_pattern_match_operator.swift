let r = 1...10
print(r ~= 5)
print(r ~= 11)
print((0..<5).contains(4))

// expect: true
// expect: false
// expect: true
