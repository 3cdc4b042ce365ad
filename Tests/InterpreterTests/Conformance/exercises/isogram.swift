// Isogram: a word or phrase without a repeating letter (spaces and hyphens may repeat).
extension String {
    var isIsogram: Bool {
        var seen = Set<Character>()
        for ch in lowercased() where ch.isLetter {
            if !seen.insert(ch).inserted { return false }
        }
        return true
    }
}
// cell
let words = ["", "isogram", "eleven", "zzyzx", "subdermatoglyphic", "Alphabet", "alphAbet",
             "thumbscrew-japingly", "thumbscrew-jappingly", "six-year-old", "Emily Jung Schwartzkopf",
             "accentor", "angola", "up-to-date", "Äpfel", "Heizölrückstoßabdämpfung"]
for w in words {
    print("\"\(w)\": \(w.isIsogram)")
}

// expect: "": true
// expect: "isogram": true
// expect: "eleven": false
// expect: "zzyzx": false
// expect: "subdermatoglyphic": true
// expect: "Alphabet": false
// expect: "alphAbet": false
// expect: "thumbscrew-japingly": true
// expect: "thumbscrew-jappingly": false
// expect: "six-year-old": true
// expect: "Emily Jung Schwartzkopf": true
// expect: "accentor": false
// expect: "angola": false
// expect: "up-to-date": false
// expect: "Äpfel": true
// expect: "Heizölrückstoßabdämpfung": true
