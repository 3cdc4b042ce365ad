let s = "héllo 😀"
print(s.count)
print(Array(s))
let flag = "🇳🇴"
print(flag.count)

// expect: 7
// expect: ["h", "é", "l", "l", "o", " ", "😀"]
// expect: 1
