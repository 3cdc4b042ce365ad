// Luhn: validate identification numbers with the Luhn checksum.
struct Luhn {
    static func isValid(_ input: String) -> Bool {
        let stripped = input.filter { $0 != " " }
        guard stripped.count > 1, stripped.allSatisfy(\.isNumber) else { return false }
        let digits = stripped.compactMap { $0.wholeNumberValue }
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }
}
// cell
let inputs = [
    "1", "0", "059", "59", "055 444 285", "055 444 286", "8273 1232 7352 0569",
    "1 2345 6789 1234 5678 9012", "1 2345 6789 1234 5678 9013", "095 245 88",
    "234 567 891 234", "059a", "055-444-285", "055# 444$ 285", " 0", "0000 0",
    "091", "9999999999 9999999999 9999999999 9999999999", "109", ":9",
]
for input in inputs {
    print("\"\(input)\" -> \(Luhn.isValid(input))")
}

// expect: "1" -> false
// expect: "0" -> false
// expect: "059" -> true
// expect: "59" -> true
// expect: "055 444 285" -> true
// expect: "055 444 286" -> false
// expect: "8273 1232 7352 0569" -> false
// expect: "1 2345 6789 1234 5678 9012" -> false
// expect: "1 2345 6789 1234 5678 9013" -> false
// expect: "095 245 88" -> true
// expect: "234 567 891 234" -> true
// expect: "059a" -> false
// expect: "055-444-285" -> false
// expect: "055# 444$ 285" -> false
// expect: " 0" -> false
// expect: "0000 0" -> true
// expect: "091" -> true
// expect: "9999999999 9999999999 9999999999 9999999999" -> true
// expect: "109" -> true
// expect: ":9" -> false
