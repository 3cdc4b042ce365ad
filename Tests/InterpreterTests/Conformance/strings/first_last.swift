let s = "swift"
print(s.first!)
print(s.last!)
print("".first == nil)

// expect: s
// expect: t
// expect: true
