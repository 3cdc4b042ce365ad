// Simple cipher: a Vigenère-style substitution with a lowercase key.
struct Cipher {
    let key: String
    private let shifts: [Int]

    init?(key: String) {
        guard !key.isEmpty, key.allSatisfy({ $0.isLowercase && $0.isASCII && $0.isLetter }) else { return nil }
        self.key = key
        shifts = key.unicodeScalars.map { Int($0.value) - 97 }
    }

    private func shift(_ text: String, by sign: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for (i, scalar) in text.unicodeScalars.enumerated() {
            let offset = (Int(scalar.value) - 97 + sign * shifts[i % shifts.count] + 26 * 2) % 26
            scalars.append(UnicodeScalar(UInt8(97 + offset)))
        }
        return String(scalars)
    }

    func encode(_ plain: String) -> String { shift(plain, by: 1) }
    func decode(_ cipher: String) -> String { shift(cipher, by: -1) }
}
// cell
let a = Cipher(key: "abcdefghij")!
print(a.encode("aaaaaaaaaa"), a.decode("abcdefghij"))
let d = Cipher(key: "dddddddddd")!
print(d.encode("aaaaaaaaaa"), d.decode("dddddddddd"))
let z = Cipher(key: "zzzzzzzzzz")!
print(z.encode("aaaaaaaaaa"), z.decode("zzzzzzzzzz"))
let abc = Cipher(key: "abc")!
print(abc.encode("iamapandabear"), abc.decode(abc.encode("iamapandabear")))
let l = Cipher(key: "lemon")!
let secret = l.encode("attackatdawn")
print(secret, l.decode(secret))
print(Cipher(key: "") == nil, Cipher(key: "ABC") == nil, Cipher(key: "a1") == nil, Cipher(key: "ok")?.key ?? "-")

// expect: abcdefghij aaaaaaaaaa
// expect: dddddddddd aaaaaaaaaa
// expect: zzzzzzzzzz aaaaaaaaaa
// expect: iboaqcnecbfcr iamapandabear
// expect: lxfopvefrnhr attackatdawn
// expect: true true true ok
