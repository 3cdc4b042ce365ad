let xs = [1, 2]
let names = ["a", "b"]
let o: Int? = 3
print("xs=\(xs) names=\(names) o=\(String(describing: o))")

// expect: xs=[1, 2] names=["a", "b"] o=Optional(3)
