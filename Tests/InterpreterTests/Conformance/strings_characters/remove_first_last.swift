var s = "[content]"
let open = s.removeFirst()
let close = s.removeLast()
print(open, close, s)
var t = "abcdef"
t.removeFirst(2)
t.removeLast(2)
print(t)

// expect: [ ] content
// expect: cd
