let line = String(repeating: "=", count: 10)
print(line)
print(String(repeating: "ab", count: 3))

// expect: ==========
// expect: ababab
