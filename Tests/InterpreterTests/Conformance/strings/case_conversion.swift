let s = "Hello World"
print(s.uppercased())
print(s.lowercased())

// expect: HELLO WORLD
// expect: hello world
