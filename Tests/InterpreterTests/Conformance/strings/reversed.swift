let s = "stressed"
print(String(s.reversed()))

// expect: desserts
