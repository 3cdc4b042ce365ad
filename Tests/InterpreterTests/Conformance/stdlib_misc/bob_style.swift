import Foundation
func reply(_ s: String) -> String {
    let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
    if t.isEmpty { return "Fine." }
    let letters = t.filter { $0.isLetter }
    let yelling = !letters.isEmpty && letters == letters.uppercased()
    if yelling { return "Whoa!" }
    return t.hasSuffix("?") ? "Sure." : "Whatever."
}
print(reply("HEY"), reply("ok?"), reply("   "), reply("fine."))

// expect: Whoa! Sure. Fine. Whatever.
