func describe(int v: Int) -> String { "int \(v)" }
func describe(text v: String) -> String { "text \(v)" }
print(describe(int: 1))
print(describe(text: "a"))

// expect: int 1
// expect: text a
