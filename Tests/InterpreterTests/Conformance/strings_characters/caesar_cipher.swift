func shift(_ s: String, by k: Int) -> String {
    var out = ""
    for c in s {
        if let a = c.asciiValue, c.isLowercase {
            let base = Int(Character("a").asciiValue!)
            let n = (Int(a) - base + k) % 26 + base
            out.append(Character(UnicodeScalar(UInt8(n))))
        } else {
            out.append(c)
        }
    }
    return out
}
print(shift("hello, world", by: 3))
print(shift(shift("abcxyz", by: 5), by: 21))

// expect: khoor, zruog
// expect: abcxyz
