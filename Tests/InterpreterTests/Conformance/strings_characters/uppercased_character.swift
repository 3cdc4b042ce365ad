let c: Character = "q"
print(c.uppercased(), c.lowercased())
let name = "ada lovelace"
let initials = name.split(separator: " ").map { $0.first!.uppercased() }.joined()
print(initials)

// expect: Q q
// expect: AL
