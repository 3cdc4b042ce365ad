import Foundation
let notDigits = CharacterSet.decimalDigits.inverted
print("phone: 555-1234".components(separatedBy: notDigits).joined())
let keep = CharacterSet.alphanumerics
print("Hello, World! 42".unicodeScalars.filter { keep.contains($0) }.count)
print(CharacterSet.uppercaseLetters.contains("Q"), CharacterSet.punctuationCharacters.contains("!"))

// expect: 5551234
// expect: 12
// expect: true true
