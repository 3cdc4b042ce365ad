let s = "héllo"
print(s.count)
print(s.isEmpty)
print("".isEmpty)
print("".count)

// expect: 5
// expect: false
// expect: true
// expect: 0
