let data: [UInt8] = Array("checksum".utf8)
var acc: UInt8 = 0
for b in data { acc = acc &+ b }
print(acc, ~acc &+ 1)
var x: UInt16 = 0
for b in data { x = (x << 3) ^ UInt16(b) }
print(x)

// expect: 83 173
// expect: 30981
