func parseHex(_ s: String) -> (UInt8, UInt8, UInt8)? {
    guard s.hasPrefix("#"), s.count == 7, let v = UInt32(s.dropFirst(), radix: 16) else { return nil }
    return (UInt8(v >> 16), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF))
}
if let (r, g, b) = parseHex("#FF8000") { print(r, g, b) }
print(parseHex("#XYZ") == nil)

// expect: 255 128 0
// expect: true
