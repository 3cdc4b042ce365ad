let s = "a😀b"
print(s.utf16.count, s.count)
print(Array(s.utf16))

// expect: 4 3
// expect: [97, 55357, 56832, 98]
