var d: [String: Int] = [:]
d["a"] = 1
d["b"] = 2
d["a"] = 10
print(d["a"]!, d.count)
d["b"] = nil
print(d.count, d["b"] == nil)
let old = d.removeValue(forKey: "a")
print(old, d.isEmpty)

// expect: 10 2
// expect: 1 true
// expect: Optional(10) true
