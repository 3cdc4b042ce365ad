// record: skip
print(Int.min.isMultiple(of: -1), 7.isMultiple(of: -1), 7.isMultiple(of: 2))

// expect: true true false
