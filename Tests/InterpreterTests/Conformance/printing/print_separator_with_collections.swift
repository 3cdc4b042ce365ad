print([1], [2], separator: " | ")
print("a", [Optional("b")], separator: "")

// expect: [1] | [2]
// expect: a[Optional("b")]
