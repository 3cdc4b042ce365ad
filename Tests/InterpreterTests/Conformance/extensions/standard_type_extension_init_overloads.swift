// An initializer declared in an extension of a standard type does not capture the standard
// initializers: Int("42") and Int(3.9) still convert.
extension Int {
    init(_ value: Octal) {
        self = value.toDecimal
    }
}
struct Octal {
    var toDecimal: Int = 0
    init(_ sv: String) { toDecimal = sv.count }
}
print(Int(Octal("abc")))
let o = Octal("hello")
print(Int(o))
print(Int("42")!, Int(3.9))

struct Numeral {
    var text = ""
    init(_ text: String) { self.text = text }
    func value() -> Int? { Int(text) }
    func digit(_ c: Character) -> Int? { Int("\(c)") }
}
extension Int {
    init(_ n: Numeral) { self = n.value() ?? -1 }
}
print(Int(Numeral("17")), Numeral("8").digit("5")!, Int(Numeral("x")))

// expect: 3
// expect: 5
// expect: 42 3
// expect: 17 5 -1
