let x = (5)
print(x + 1)
let unit = ()
print(unit)

// expect: 6
// expect: ()
