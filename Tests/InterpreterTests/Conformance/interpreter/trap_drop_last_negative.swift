// record: skip
print([1, 2, 3].dropLast(-1))

// expect error: 2: negative number of elements
