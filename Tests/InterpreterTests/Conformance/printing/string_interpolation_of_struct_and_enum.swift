struct S { var v: Int }
enum E { case one }
print("s=\(S(v: 3)) e=\(E.one) arr=\([E.one])")

// expect: s=S(v: 3) e=one arr=[main.E.one]
