func maybe(_ flag: Bool) -> Int? {
    if flag { return 42 }
    return nil
}
print(maybe(true))
print(maybe(false))

// expect: Optional(42)
// expect: nil
