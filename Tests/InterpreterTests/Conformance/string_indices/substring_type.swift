let text = "swift language"
let space = text.firstIndex(of: " ")!
let head = text[..<space]
print(type(of: head))
print(head)
let again = String(head)
print(type(of: again), again.count)
print(head.uppercased(), head.count, head.hasPrefix("sw"))

// expect: Substring
// expect: swift
// expect: String 5
// expect: SWIFT 5 true
