let s = "banana"
let a = s.firstIndex(of: "a")!
let b = s.lastIndex(of: "a")!
print(s.distance(from: s.startIndex, to: a), s.distance(from: s.startIndex, to: b))
print(s.firstIndex(of: "z") == nil)
print(s[a..<b])

// expect: 1 5
// expect: true
// expect: anan
