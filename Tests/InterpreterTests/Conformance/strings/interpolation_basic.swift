let name = "Ada"
let age = 36
print("Hello, \(name)! You are \(age).")
print("Sum: \(age + 4)")

// expect: Hello, Ada! You are 36.
// expect: Sum: 40
