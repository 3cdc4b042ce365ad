let s: String? = "with \"quotes\""
print(s)
let arr: [String]? = ["x"]
print(arr)

// expect: Optional("with \"quotes\"")
// expect: Optional(["x"])
