print(String(describing: 42))
print(String(describing: [1, 2]))
print(String(describing: "s"))
let o: Int? = nil
print(String(describing: o))

// expect: 42
// expect: [1, 2]
// expect: s
// expect: nil
