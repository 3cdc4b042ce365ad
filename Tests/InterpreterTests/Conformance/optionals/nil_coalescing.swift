let a: Int? = nil
let b: Int? = 7
print(a ?? 0)
print(b ?? 0)
let name: String? = nil
print(name ?? "anonymous")

// expect: 0
// expect: 7
// expect: anonymous
