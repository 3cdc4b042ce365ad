let a = 5
print(-a)
print(+a)
print(-(-a))
let d = 2.5
print(-d)

// expect: -5
// expect: 5
// expect: 5
// expect: -2.5
