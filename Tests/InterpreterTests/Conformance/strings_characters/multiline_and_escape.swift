let s = """
Line one
  Line "two"
"""
print(s)
print(s.split(separator: "\n").count)
print("tab\there", "quote\"s")

// expect: Line one
// expect:   Line "two"
// expect: 2
// expect: tab	here quote"s
