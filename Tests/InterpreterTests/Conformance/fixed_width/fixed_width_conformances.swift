let values: [Any] = [7, Int8(7), UInt16(7), 7.5, "7", Substring("7")]
for v in values {
    print(String(describing: type(of: v)), v is any Numeric, v is any BinaryInteger, v is any SignedInteger, v is any StringProtocol)
}

// expect: Int true true true false
// expect: Int8 true true true false
// expect: UInt16 true true false false
// expect: Double true false false false
// expect: String false false false true
// expect: Substring false false false true
