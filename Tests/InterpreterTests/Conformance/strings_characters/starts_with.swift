let s = "prefix-body"
print(s.starts(with: "pre"), s.starts(with: "body"))
print([1, 2, 3, 4].starts(with: [1, 2]), [1, 2].starts(with: [2]))
print(s.hasPrefix("prefix"), s.hasSuffix("body"))

// expect: true false
// expect: true false
// expect: true true
