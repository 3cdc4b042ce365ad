func twice(_ s: String) -> String { s + s }
print(twice("ab"))

// expect: abab
