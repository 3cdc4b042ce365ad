let s = String(42)
let t = String(3.25)
print(s + "!")
print(t + "!")
print(String(true))

// expect: 42!
// expect: 3.25!
// expect: true
