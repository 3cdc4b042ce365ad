func label(_ text: String, prefix: String = "[", suffix: String = "]") -> String {
    return prefix + text + suffix
}
print(label("a"))
print(label("b", suffix: ">"))
print(label("c", prefix: "<", suffix: ">"))

// expect: [a]
// expect: [b>
// expect: <c>
