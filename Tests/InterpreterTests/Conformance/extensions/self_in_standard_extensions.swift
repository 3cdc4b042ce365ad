// `Self` in extensions of standard types and in a type's own members.
extension String {
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    var vowelCount: Int { filter { Self.vowels.contains($0) }.count }
    static func repeated(_ s: String, _ n: Int) -> Self { Self(repeating: s, count: n) }
}
extension Int {
    static let dozen = 12
    var dozens: Int { self / Self.dozen }
}
struct Meters {
    var value: Double
    static let zero = Self(value: 0)
    func doubled() -> Self { Self(value: value * 2) }
    static func + (a: Self, b: Self) -> Self { Self(value: a.value + b.value) }
}
print("education".vowelCount, String.repeated("ab", 3), 40.dozens)
print(Meters.zero.value, Meters(value: 1.5).doubled().value, (Meters(value: 1) + Meters(value: 2)).value)

// expect: 5 ababab 3
// expect: 0.0 3.0 3.0
