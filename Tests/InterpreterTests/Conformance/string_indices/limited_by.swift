let s = "hello"
if let i = s.index(s.startIndex, offsetBy: 10, limitedBy: s.endIndex) {
    print("found", s[i])
} else {
    print("past the end")
}
let k = s.index(s.startIndex, offsetBy: 4, limitedBy: s.endIndex)!
print(s[k])
let e = s.index(s.startIndex, offsetBy: 5, limitedBy: s.endIndex)
print(e == s.endIndex)

// expect: past the end
// expect: o
// expect: true
