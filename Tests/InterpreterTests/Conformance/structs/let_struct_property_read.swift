struct Pair { var a: Int; var b: Int }
let p = Pair(a: 1, b: 2)
let sum = p.a + p.b
print(sum)

// expect: 3
