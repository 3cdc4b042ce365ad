struct Math2 {
    static let two = 2
    static var calls = 0
    static func double(_ x: Int) -> Int {
        calls += 1
        return x * two
    }
}
print(Math2.double(4))
print(Math2.double(5))
print(Math2.calls)

// expect: 8
// expect: 10
// expect: 2
