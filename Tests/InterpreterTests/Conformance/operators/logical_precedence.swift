let a = true
let b = false
let c = true
print(a || b && c)
print((a || b) && !c)
print(!a || b)

// expect: true
// expect: false
// expect: false
