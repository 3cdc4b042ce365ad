let a: [Int]? = []
let b: [String: Int]? = ["a": 1]
let c: Set<Int>? = [3]
print(a)
print(b)
print(c)

// expect: Optional([])
// expect: Optional(["a": 1])
// expect: Optional(Set([3]))
