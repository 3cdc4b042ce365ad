// Prefix, postfix and infix operators declared as static members of standard-type extensions.
prefix operator √
postfix operator ++
infix operator ** : MultiplicationPrecedence
extension Double {
    static prefix func √ (x: Double) -> Double { x.squareRoot() }
    static func ** (base: Double, power: Double) -> Double { var r = 1.0; for _ in 0..<Int(power) { r *= base }; return r }
}
extension Int {
    static postfix func ++ (x: Int) -> Int { x + 1 }
}
extension String {
    static prefix func ~ (s: String) -> String { String(s.reversed()) }
}
print(√16.0, 2.0 ** 10, 3++, (4++)++)
print(~"stressed")
let n = 5
print(n++ * 2)

// expect: 4.0 1024.0 4 6
// expect: desserts
// expect: 12
