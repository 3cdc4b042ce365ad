var d: [String: Int] = [:]
d.reserveCapacity(10)
print(d.updateValue(1, forKey: "one") as Any)
print(d.updateValue(11, forKey: "one") as Any)
print(d.removeValue(forKey: "one") as Any, d.removeValue(forKey: "two") as Any)
print(d.isEmpty)

// expect: nil
// expect: Optional(1)
// expect: Optional(11) nil
// expect: true
