// Roman numerals: Int -> String through an extension, and back.
extension Int {
    private static let romanTable: [(value: Int, numeral: String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    var roman: String {
        var remaining = self
        var result = ""
        for entry in Int.romanTable {
            while remaining >= entry.value {
                result += entry.numeral
                remaining -= entry.value
            }
        }
        return result
    }

    init?(roman: String) {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        var total = 0
        let digits = roman.compactMap { values[$0] }
        guard digits.count == roman.count, !digits.isEmpty else { return nil }
        for (i, v) in digits.enumerated() {
            if i + 1 < digits.count && v < digits[i + 1] { total -= v } else { total += v }
        }
        self = total
    }
}
// cell
for n in [1, 2, 3, 4, 5, 6, 9, 16, 27, 48, 49, 59, 66, 93, 141, 163, 166, 402, 575, 666, 911, 1024, 1666, 3000, 3001, 3999] {
    print(n, n.roman, Int(roman: n.roman) ?? -1)
}
print(Int(roman: "MCMXCIV") as Any)
print(Int(roman: "ABC") as Any)

// expect: 1 I 1
// expect: 2 II 2
// expect: 3 III 3
// expect: 4 IV 4
// expect: 5 V 5
// expect: 6 VI 6
// expect: 9 IX 9
// expect: 16 XVI 16
// expect: 27 XXVII 27
// expect: 48 XLVIII 48
// expect: 49 XLIX 49
// expect: 59 LIX 59
// expect: 66 LXVI 66
// expect: 93 XCIII 93
// expect: 141 CXLI 141
// expect: 163 CLXIII 163
// expect: 166 CLXVI 166
// expect: 402 CDII 402
// expect: 575 DLXXV 575
// expect: 666 DCLXVI 666
// expect: 911 CMXI 911
// expect: 1024 MXXIV 1024
// expect: 1666 MDCLXVI 1666
// expect: 3000 MMM 3000
// expect: 3001 MMMI 3001
// expect: 3999 MMMCMXCIX 3999
// expect: Optional(1994)
// expect: nil
