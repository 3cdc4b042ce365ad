let s = "key=value"
let eq = s.firstIndex(of: "=")!
print(s.prefix(upTo: eq))
print(s.suffix(from: s.index(after: eq)))
print(s.prefix(through: eq))

// expect: key
// expect: value
// expect: key=
