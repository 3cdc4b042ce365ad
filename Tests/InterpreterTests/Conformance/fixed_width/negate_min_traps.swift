let m = Int32.min
print(m)
print(-m)

// expect: -2147483648
// expect error: 3: arithmetic overflow
