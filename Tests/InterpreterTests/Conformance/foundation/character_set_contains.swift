import Foundation
let digits = CharacterSet.decimalDigits
let s = "a1b2"
for u in s.unicodeScalars {
    print(u, digits.contains(u), CharacterSet.letters.contains(u))
}
let vowels = CharacterSet(charactersIn: "aeiou")
print("education".unicodeScalars.filter { vowels.contains($0) }.count)

// expect: a false true
// expect: 1 true false
// expect: b false true
// expect: 2 true false
// expect: 5
