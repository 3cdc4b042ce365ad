// record: skip
print([1, 2, 3].dropLast(-1))

// expect error: 1: negative number of elements
