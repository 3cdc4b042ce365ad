let cs: [Character] = ["\n", "\"", "a"]
print(cs)

// expect: ["\n", "\"", "a"]
