let s = "[abc]"
print(String(s.dropFirst().dropLast()))
print(String(s.dropFirst(2)))

// expect: abc
// expect: bc]
