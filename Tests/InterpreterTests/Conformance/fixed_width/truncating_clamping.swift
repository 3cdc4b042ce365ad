print(UInt8(truncatingIfNeeded: 300), Int8(truncatingIfNeeded: 200), UInt16(truncatingIfNeeded: -1))
print(UInt8(clamping: 300), UInt8(clamping: -5), Int8(clamping: -1000), Int16(clamping: 70000))
let big: Int64 = 5_000_000_000
print(Int32(truncatingIfNeeded: big), Int32(clamping: big))

// expect: 44 -56 65535
// expect: 255 0 -128 32767
// expect: 705032704 2147483647
