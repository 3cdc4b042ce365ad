// ISBN verifier: check ISBN-10 numbers (dashes allowed, X is ten in the last place).
struct ISBN {
    let digits: [Int]

    init?(_ text: String) {
        let chars = text.filter { $0 != "-" }
        guard chars.count == 10 else { return nil }
        var values: [Int] = []
        for (i, ch) in chars.enumerated() {
            if let d = ch.wholeNumberValue, ch.isASCII {
                values.append(d)
            } else if ch == "X" && i == 9 {
                values.append(10)
            } else {
                return nil
            }
        }
        digits = values
    }

    var isValid: Bool {
        zip(digits, (1...10).reversed()).map(*).reduce(0, +) % 11 == 0
    }
}

func isValidISBN(_ text: String) -> Bool { ISBN(text)?.isValid ?? false }
// cell
for s in ["3-598-21508-8", "3-598-21508-9", "3-598-21507-X", "3-598-21507-A", "4-598-21507-B", "3-598-P1581-X",
          "3-598-2X507-9", "3598215088", "359821507X", "359821507", "3598215078X", "00", "3-598-21507",
          "3132P34035", "3598P215088", "98245726788", "", "134456729", "3-598-21515-X", "0-306-40615-2"] {
    print("\"\(s)\": \(isValidISBN(s))")
}

// expect: "3-598-21508-8": true
// expect: "3-598-21508-9": false
// expect: "3-598-21507-X": true
// expect: "3-598-21507-A": false
// expect: "4-598-21507-B": false
// expect: "3-598-P1581-X": false
// expect: "3-598-2X507-9": false
// expect: "3598215088": true
// expect: "359821507X": true
// expect: "359821507": false
// expect: "3598215078X": false
// expect: "00": false
// expect: "3-598-21507": false
// expect: "3132P34035": false
// expect: "3598P215088": false
// expect: "98245726788": false
// expect: "": false
// expect: "134456729": false
// expect: "3-598-21515-X": false
// expect: "0-306-40615-2": true
