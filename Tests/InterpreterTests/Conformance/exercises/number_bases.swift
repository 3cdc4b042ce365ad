// Binary, octal and hexadecimal: parse digit strings by hand (invalid input is zero) and check
// against the standard library.
extension String {
    func parsed(radix: Int) -> Int {
        var value = 0
        for ch in lowercased() {
            guard let d = ch.hexDigitValue, d < radix else { return 0 }
            value = value * radix + d
        }
        return value
    }
}

extension Int {
    func digits(radix: Int) -> String {
        guard self > 0 else { return "0" }
        let symbols = Array("0123456789abcdef")
        var n = self, out: [Character] = []
        while n > 0 {
            out.append(symbols[n % radix])
            n /= radix
        }
        return String(out.reversed())
    }
}
// cell
for s in ["1", "10", "11", "100", "1001", "11010", "10001101000", "2", "01", "carrot"] {
    print("binary \(s):", s.parsed(radix: 2), Int(s, radix: 2) ?? 0)
}
for s in ["1", "10", "17", "130", "2047", "1234567", "8", "carrot", "011"] {
    print("octal \(s):", s.parsed(radix: 8), Int(s, radix: 8) ?? 0)
}
for s in ["1", "c", "10", "af", "100", "19ace", "carrot", "000000", "ffffff", "FFFF00"] {
    print("hex \(s):", s.parsed(radix: 16), Int(s, radix: 16) ?? 0)
}
for n in [0, 5, 255, 1000, 65535] {
    print(n, n.digits(radix: 2), n.digits(radix: 8), n.digits(radix: 16),
          String(n, radix: 16) == n.digits(radix: 16), String(n, radix: 16, uppercase: true))
}

// expect: binary 1: 1 1
// expect: binary 10: 2 2
// expect: binary 11: 3 3
// expect: binary 100: 4 4
// expect: binary 1001: 9 9
// expect: binary 11010: 26 26
// expect: binary 10001101000: 1128 1128
// expect: binary 2: 0 0
// expect: binary 01: 1 1
// expect: binary carrot: 0 0
// expect: octal 1: 1 1
// expect: octal 10: 8 8
// expect: octal 17: 15 15
// expect: octal 130: 88 88
// expect: octal 2047: 1063 1063
// expect: octal 1234567: 342391 342391
// expect: octal 8: 0 0
// expect: octal carrot: 0 0
// expect: octal 011: 9 9
// expect: hex 1: 1 1
// expect: hex c: 12 12
// expect: hex 10: 16 16
// expect: hex af: 175 175
// expect: hex 100: 256 256
// expect: hex 19ace: 105166 105166
// expect: hex carrot: 0 0
// expect: hex 000000: 0 0
// expect: hex ffffff: 16777215 16777215
// expect: hex FFFF00: 16776960 16776960
// expect: 0 0 0 0 true 0
// expect: 5 101 5 5 true 5
// expect: 255 11111111 377 ff true FF
// expect: 1000 1111101000 1750 3e8 true 3E8
// expect: 65535 1111111111111111 177777 ffff true FFFF
