let bytes: [UInt8] = [0x48, 0x69, 0x21]
print(bytes, bytes.count)
let total = bytes.reduce(0) { $0 + Int($1) }
print(total)
print(String(decoding: bytes, as: UTF8.self))
var counts = [UInt8: Int]()
for b in bytes { counts[b & 0xF0, default: 0] += 1 }
print(counts[0x40]!, counts[0x20]!)
print(bytes.max()!, bytes.sorted(by: >))

// expect: [72, 105, 33] 3
// expect: 210
// expect: Hi!
// expect: 1 1
// expect: 105 [105, 72, 33]
