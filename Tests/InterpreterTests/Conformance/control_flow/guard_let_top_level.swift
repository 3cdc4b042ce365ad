let input: String? = "42"
guard let text = input, let value = Int(text) else {
    fatalError("bad input")
}
print(value + 1)

// expect: 43
