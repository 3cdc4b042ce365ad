let value: Int? = nil
print("before")
print(value!)

// expect: before
// expect error: 3: Unexpectedly found nil while unwrapping an Optional value
