let x: UInt32 = 0x11223344
print(String(x.byteSwapped, radix: 16))
let y: UInt16 = 0xABCD
print(String(y.byteSwapped, radix: 16), Int16(1).byteSwapped)

// expect: 44332211
// expect: cdab 256
