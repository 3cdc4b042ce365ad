print("a", terminator: "")
print("b", terminator: "-")
print("c")
print(1, 2, separator: "+", terminator: "=3\n")

// expect: ab-c
// expect: 1+2=3
