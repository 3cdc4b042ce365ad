print(Int(2.99))
print(Int(-2.99))
print(Int(Float(7.5)))

// expect: 2
// expect: -2
// expect: 7
