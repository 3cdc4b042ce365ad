struct A {
    struct B {
        enum C { case x, y }
        var c: C
    }
    var b: B
}

let v = A(b: A.B(c: .y))
print(v)
print(v.b.c, A.B.C.x)

// expect: A(b: main.A.B(c: main.A.B.C.y))
// expect: y x
