print(-0.0)
print(0.0)
let z = -0.0
print(z == 0.0)

// expect: -0.0
// expect: 0.0
// expect: true
