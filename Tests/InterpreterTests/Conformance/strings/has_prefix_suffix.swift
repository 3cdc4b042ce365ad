let file = "notes.swift"
print(file.hasPrefix("notes"))
print(file.hasSuffix(".swift"))
print(file.hasSuffix(".py"))

// expect: true
// expect: true
// expect: false
