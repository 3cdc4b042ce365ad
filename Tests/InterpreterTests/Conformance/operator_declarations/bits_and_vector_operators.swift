// Bit masks and shifts on UInt32, overflow operators, operator functions in extensions, custom prefix and infix operators.
let pink: UInt32 = 0xCC6699
let red = (pink & 0xFF0000) >> 16, green = (pink & 0x00FF00) >> 8, blue = pink & 0x0000FF
print(red, green, blue)
var u: UInt8 = 255
u = u &+ 1
print(u, UInt8.max &* 2, Int8.min &- 1)
struct V: Equatable { var x = 0.0, y = 0.0 }
extension V {
    static func + (l: V, r: V) -> V { V(x: l.x + r.x, y: l.y + r.y) }
    static prefix func - (v: V) -> V { V(x: -v.x, y: -v.y) }
    static func += (l: inout V, r: V) { l = l + r }
    static prefix func +++ (v: inout V) -> V { v += v; return v }
}
prefix operator +++
infix operator +-: AdditionPrecedence
extension V { static func +- (l: V, r: V) -> V { V(x: l.x + r.x, y: l.y - r.y) } }
var a = V(x: 1, y: 2)
a += V(x: 1, y: 1)
print(a, -a, a == V(x: 2, y: 3))
let b = +++a
print(a, b, V(x: 1, y: 2) +- V(x: 3, y: 4))
let shifted: Int8 = -4 >> 1
print(shifted, 1 << 3, 0b1010 ^ 0b0110, ~0b1)

// expect: 204 102 153
// expect: 0 254 127
// expect: V(x: 2.0, y: 3.0) V(x: -2.0, y: -3.0) true
// expect: V(x: 4.0, y: 6.0) V(x: 4.0, y: 6.0) V(x: 4.0, y: -2.0)
// expect: -2 8 12 -2
