// [Any?] / [Any] nested literals and casts (flatten), insert(_:at:) on a [UInt8] with a UInt8 expression.
func vlq(_ n: UInt32) -> [UInt8] {
    var out: [UInt8] = [UInt8(n & 0x7f)]
    print(out)
    var v = n >> 7
    while v > 0 { out.insert(UInt8(v & 0x7f) | 0x80, at: 0); v >>= 7 }
    return out
}
print(vlq(0x4000))
let a: Any? = [1, [2, nil]] as [Any?]
print(a as? [Any?] as Any)
let b: Any? = 5
print(b as? [Any?] as Any, b as? Int as Any)
let arr: [Any?] = [1, [2, nil, [3]], nil]
for x in arr { print(x as? [Any?] as Any) }
func flatten(_ xs: [Any?]) -> [Any] {
    var out: [Any] = []
    for x in xs {
        if let inner = x as? [Any?] { out += flatten(inner) }
        else if let v = x { out.append(v) }
    }
    return out
}
let fl = flatten([1, [2, nil, [3, [4]]], nil, 5])
print(fl.compactMap { $0 as? Int }, fl.count)

// expect: [0]
// expect: [129, 128, 0]
// expect: Optional([Optional(1), Optional([Optional(2), nil])])
// expect: nil Optional(5)
// expect: nil
// expect: Optional([Optional(2), nil, Optional([3])])
// expect: nil
// expect: [1, 2, 3, 4, 5] 5
