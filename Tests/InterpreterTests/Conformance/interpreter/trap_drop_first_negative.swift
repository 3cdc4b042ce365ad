// record: skip
print([1, 2, 3].dropFirst(2))
print("abc".dropFirst(-2))

// expect: [3]
// expect error: 3: negative number of elements
