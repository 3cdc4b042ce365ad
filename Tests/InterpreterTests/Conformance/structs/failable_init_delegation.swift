// A failable initializer that delegates to one that fails stops at once.
struct Temperature {
    var kelvin: Double
    init?(kelvin: Double) {
        guard kelvin >= 0 else { return nil }
        self.kelvin = kelvin
    }
    init?(celsius: Double) {
        self.init(kelvin: celsius + 273.15)
        print("built from celsius", celsius)
    }
}
print(Temperature(celsius: 20)?.kelvin as Any)
print(Temperature(celsius: -300) == nil)
class Account {
    let id: Int
    init?(id: Int) { if id < 0 { return nil }; self.id = id }
    convenience init?(text: String) {
        self.init(id: Int(text) ?? -1)
        print("parsed", text)
    }
}
print(Account(text: "12")?.id as Any, Account(text: "x") == nil)
typealias Sample = UInt16
typealias Ratio = Double
print(Sample.min, Sample.max, Ratio.pi > 3)

// expect: built from celsius 20.0
// expect: Optional(293.15)
// expect: true
// expect: parsed 12
// expect: Optional(12) true
// expect: 0 65535 true
