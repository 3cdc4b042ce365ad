let s = """
a\tb
"quoted" and \\ backslash
line with \(1 + 1)
"""
print(s)
print(s.split(separator: "\n").count)

// expect: a	b
// expect: "quoted" and \ backslash
// expect: line with 2
// expect: 3
