let c: Character = "A"
let d = Character("z")
print(c)
print(d)
print(c == "A")

// expect: A
// expect: z
// expect: true
