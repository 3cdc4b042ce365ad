let cs: [Character] = ["a", "b"]
print(cs)

// expect: ["a", "b"]
