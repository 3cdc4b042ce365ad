let xs = [3, 1, 4, 1, 5]
print(xs.contains(4))
print(xs.contains(9))
print(xs.firstIndex(of: 1))
print(xs.lastIndex(of: 1))
print(xs.firstIndex(of: 7))

// expect: true
// expect: false
// expect: Optional(1)
// expect: Optional(3)
// expect: nil
