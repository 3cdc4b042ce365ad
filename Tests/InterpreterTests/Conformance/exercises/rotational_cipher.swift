// Rotational cipher: Caesar shift by a key, case preserved, non-letters untouched.
extension Character {
    func rotated(by key: Int) -> Character {
        guard let ascii = asciiValue, isLetter else { return self }
        let base: UInt8 = isUppercase ? 65 : 97
        let shifted = (Int(ascii - base) + key) % 26
        return Character(UnicodeScalar(base + UInt8((shifted + 26) % 26)))
    }
}

extension String {
    func rotated(by key: Int) -> String { String(map { $0.rotated(by: key) }) }
}
// cell
let cases: [(String, Int)] = [("a", 0), ("a", 1), ("a", 26), ("m", 13), ("n", 13), ("OMG", 5), ("O M G", 5),
                              ("Testing 1 2 3 testing", 4), ("Let's eat, Grandma!", 21),
                              ("The quick brown fox jumps over the lazy dog.", 13), ("abc", -1)]
for (text, key) in cases {
    print("ROT\(key)(\(text)) = \(text.rotated(by: key))")
}
let secret = "Swift is fun".rotated(by: 7)
print(secret, secret.rotated(by: 19))

// expect: ROT0(a) = a
// expect: ROT1(a) = b
// expect: ROT26(a) = a
// expect: ROT13(m) = z
// expect: ROT13(n) = a
// expect: ROT5(OMG) = TRL
// expect: ROT5(O M G) = T R L
// expect: ROT4(Testing 1 2 3 testing) = Xiwxmrk 1 2 3 xiwxmrk
// expect: ROT21(Let's eat, Grandma!) = Gzo'n zvo, Bmviyhv!
// expect: ROT13(The quick brown fox jumps over the lazy dog.) = Gur dhvpx oebja sbk whzcf bire gur ynml qbt.
// expect: ROT-1(abc) = zab
// expect: Zdpma pz mbu Swift is fun
