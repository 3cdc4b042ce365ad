func parse(_ s: String) -> Int {
    return Int(s)!
}
print(parse("12"))
print(parse("twelve"))

// expect: 12
// expect error: 2: Unexpectedly found nil while unwrapping an Optional value
