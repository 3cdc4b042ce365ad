struct Box { var items: [String] }
let b: Box? = Box(items: [])
print(b?.items.first)
print(b?.items.first ?? "empty")

// expect: nil
// expect: empty
