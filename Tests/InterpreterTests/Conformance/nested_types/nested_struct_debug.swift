struct Outer {
    struct Inner {
        var v: Int
    }
    var inner: Inner
}

let o = Outer(inner: Outer.Inner(v: 3))
print(o)
print(o.inner)
print([o.inner])
debugPrint(o.inner)

// expect: Outer(inner: main.Outer.Inner(v: 3))
// expect: Inner(v: 3)
// expect: [main.Outer.Inner(v: 3)]
// expect: main.Outer.Inner(v: 3)
