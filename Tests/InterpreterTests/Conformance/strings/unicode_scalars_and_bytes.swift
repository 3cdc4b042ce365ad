let word = "Hé!"
print(word.unicodeScalars.map { $0.value })
let codes: [UInt8] = [72, 105]
print(String(codes.map { Character(UnicodeScalar($0)) }))
let grade: Character = "b"
switch grade {
case "a"..."c": print("good")
default: print("other")
}
let vowels: ClosedRange<Character> = "a"..."e"
print(vowels.contains(grade), vowels.contains("x"))
print(UInt8.max, Int64(42) + 1, UInt32(65))
if let s = UnicodeScalar(0x1F600) { print(Character(s)) }
let n = 300
print(UInt8(n))

// expect: [72, 233, 33]
// expect: Hi
// expect: good
// expect: true false
// expect: 255 43 65
// expect: 😀
// expect error: 15: Not enough bits to represent the passed value
