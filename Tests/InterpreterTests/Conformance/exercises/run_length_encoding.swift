// Run-length encoding: "WWWBWW" <-> "3WB2W".
enum RunLength {
    static func encode(_ text: String) -> String {
        var result = ""
        var current: Character?
        var count = 0
        func flush() {
            guard let c = current else { return }
            result += count > 1 ? "\(count)\(c)" : String(c)
        }
        for ch in text {
            if ch == current {
                count += 1
            } else {
                flush()
                current = ch
                count = 1
            }
        }
        flush()
        return result
    }

    static func decode(_ text: String) -> String {
        var result = ""
        var digits = ""
        for ch in text {
            if ch.isNumber {
                digits.append(ch)
            } else {
                result += String(repeating: String(ch), count: Int(digits) ?? 1)
                digits = ""
            }
        }
        return result
    }
}
// cell
let samples = ["", "XYZ", "AABBBCCCC", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB",
               "  hsqq qww  ", "aabbbcccc", "zzz ZZ  zZ"]
for s in samples {
    let encoded = RunLength.encode(s)
    let decoded = RunLength.decode(encoded)
    print("encode(\"\(s)\") = \"\(encoded)\"; round trip ok: \(decoded == s)")
}
print(RunLength.decode("12WB12W3B24WB"))
print(RunLength.decode("2 hs2q q2w2 "))
print(RunLength.decode("3z2 Z10x"))

// expect: encode("") = ""; round trip ok: true
// expect: encode("XYZ") = "XYZ"; round trip ok: true
// expect: encode("AABBBCCCC") = "2A3B4C"; round trip ok: true
// expect: encode("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB") = "12WB12W3B24WB"; round trip ok: true
// expect: encode("  hsqq qww  ") = "2 hs2q q2w2 "; round trip ok: true
// expect: encode("aabbbcccc") = "2a3b4c"; round trip ok: true
// expect: encode("zzz ZZ  zZ") = "3z 2Z2 zZ"; round trip ok: true
// expect: WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB
// expect:   hsqq qww  
// expect: zzz  Zxxxxxxxxxx
