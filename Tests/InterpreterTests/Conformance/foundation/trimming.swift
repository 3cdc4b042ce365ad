import Foundation
let raw = "  \t padded text \n "
print("[" + raw.trimmingCharacters(in: .whitespacesAndNewlines) + "]")
print("[" + raw.trimmingCharacters(in: .whitespaces) + "]")
print("--x--".trimmingCharacters(in: CharacterSet(charactersIn: "-")))

// expect: [padded text]
// expect: [padded text 
// expect: ]
// expect: x
