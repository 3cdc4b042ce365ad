print([1, 2] == [1, 2])
print([1, 2] == [2, 1])
print([String]() == [])

// expect: true
// expect: false
// expect: true
