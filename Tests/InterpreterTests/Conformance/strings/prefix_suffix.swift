let s = "interpreter"
print(s.prefix(5))
print(s.suffix(3))
print(String(s.prefix(100)))

// expect: inter
// expect: ter
// expect: interpreter
