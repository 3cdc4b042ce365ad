let a: Int?? = 5
let b: Int?? = .some(nil)
let c: Int?? = nil
for v in [a, b, c] {
    if let outer = v {
        if let inner = outer { print("value", inner) } else { print("inner nil", outer as Any) }
    } else {
        print("outer nil")
    }
}
let d: Int?? = .some(.some(3))
print(d as Any, (d ?? nil) as Any, (c ?? 9) as Any)
let e: Int?? = .none
print(e == nil, b == nil, b == .some(nil))

// expect: value 5
// expect: inner nil nil
// expect: outer nil
// expect: Optional(Optional(3)) Optional(3) Optional(9)
// expect: true false true
