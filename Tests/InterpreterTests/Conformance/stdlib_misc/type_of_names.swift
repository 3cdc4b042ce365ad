let a: Int8 = 1, b: UInt = 2, c: UInt64 = 3
print(type(of: a), type(of: b), type(of: c))
print(type(of: "s"), type(of: Character("c")), type(of: 1.5), type(of: [UInt8(1)]))

// expect: Int8 UInt UInt64
// expect: String Character Double Array<UInt8>
