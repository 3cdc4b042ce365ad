class A {}
class B: A {}
let x: A = B()
print(x)
print(A())

// expect: main.B
// expect: main.A
