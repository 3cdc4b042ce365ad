let t = true
var f: Bool = false
print(t, f)
f = !t
print(f)
print(t && f, t || f)

// expect: true false
// expect: false
// expect: false true
