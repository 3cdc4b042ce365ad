// record: skip
print(String(255, radix: 16))
print(String(255, radix: 1))

// expect: ff
// expect error: 3: Radix must be between 2 and 36
