let a: Int? = nil
let b: Int? = nil
let c: Int? = 3
print(a ?? b ?? c ?? 0)
print(a ?? 5 + 1)

// expect: 3
// expect: 6
