let chars = Array("hello")
print(chars)
print(chars.count)
print(chars[1])

// expect: ["h", "e", "l", "l", "o"]
// expect: 5
// expect: e
