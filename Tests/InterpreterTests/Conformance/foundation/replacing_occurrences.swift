import Foundation
let s = "the cat sat on the mat"
print(s.replacingOccurrences(of: "at", with: "og"))
print(s.replacingOccurrences(of: "the ", with: ""))
print("a1b22c333".replacingOccurrences(of: "[0-9]+", with: "#", options: .regularExpression))
print("Hello World".replacingOccurrences(of: "\\s+", with: "_", options: .regularExpression))

// expect: the cog sog on the mog
// expect: cat sat on mat
// expect: a#b#c#
// expect: Hello_World
