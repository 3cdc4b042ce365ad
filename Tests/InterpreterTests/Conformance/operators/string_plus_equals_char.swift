var s = "a"
s += "b"
s = s + String("c")
print(s)

// expect: abc
