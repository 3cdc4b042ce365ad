var s = Set<String>()
let r1 = s.insert("a")
let r2 = s.insert("a")
print(r1.inserted, r2.inserted)

// expect: true false
