struct Units {
    static var base = 10
    static var doubled: Int { base * 2 }
}
print(Units.doubled)
Units.base = 7
print(Units.doubled)

// expect: 20
// expect: 14
