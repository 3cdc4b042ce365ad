func parseHex(_ s: String) -> (UInt8, UInt8, UInt8)? {
    guard s.hasPrefix("#"), s.count == 7, let v = UInt32(s.dropFirst(), radix: 16) else { return nil }
    return (UInt8(v >> 16), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF))
}
if let c = parseHex("#FF8000") { print(c.0, c.1, c.2) }
print(parseHex("#XYZ") == nil)

// expect: 255 128 0
// expect: true
