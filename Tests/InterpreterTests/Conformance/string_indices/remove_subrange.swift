import Foundation
var s = "Hello, world"
let comma = s.firstIndex(of: ",")!
s.removeSubrange(comma..<s.endIndex)
print(s)
var t = "one two three"
let r = t.range(of: "two")!
t.replaceSubrange(r, with: "2")
print(t)

// expect: Hello
// expect: one 2 three
