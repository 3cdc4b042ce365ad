class Box { var v = 0 }
let a = Box()
let b = a
let c = Box()
print(a === b)
print(a === c)
print(a !== c)

// expect: true
// expect: false
// expect: true
