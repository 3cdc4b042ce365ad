// removeAll(where:) on String and Set, rangeOfCharacter(from:), NSCharacterSet's standard sets.
import Foundation
var str = "Hello, World 42!"
str.removeAll(where: { ",!".contains($0) })
print(str)
str.removeAll { $0.isNumber }
print(str, str.count)
var chars: [Character] = Array("abc")
chars.removeAll(where: { $0 == "b" })
print(chars)
let input = "123abc"
if let r = input.rangeOfCharacter(from: NSCharacterSet.letters) { print(input[r], input.distance(from: input.startIndex, to: r.lowerBound)) }
print(input.rangeOfCharacter(from: CharacterSet.whitespaces) == nil, "a b".rangeOfCharacter(from: .whitespaces) != nil)
let set = NSCharacterSet.decimalDigits
print(input.unicodeScalars.filter { set.contains($0) }.count)
func shout(_ s: String) -> Bool { s.uppercased() == s && s.rangeOfCharacter(from: .letters) != nil }
print(shout("HI!"), shout("123"))

// expect: Hello World 42
// expect: Hello World  12
// expect: ["a", "c"]
// expect: a 3
// expect: true true
// expect: 3
// expect: true false
