let xs = ["line\nbreak", "tab\there", "quote\"", "back\\slash"]
print(xs)
for x in xs { print(x) }

// expect: ["line\nbreak", "tab\there", "quote\"", "back\\slash"]
// expect: line
// expect: break
// expect: tab	here
// expect: quote"
// expect: back\slash
