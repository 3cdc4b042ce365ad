func binary(_ n: UInt8) -> String {
    let s = String(n, radix: 2)
    return String(repeating: "0", count: 8 - s.count) + s
}
print(binary(5), binary(255), binary(0))
print(binary(UInt8(5) << 4 | 3))

// expect: 00000101 11111111 00000000
// expect: 01010011
