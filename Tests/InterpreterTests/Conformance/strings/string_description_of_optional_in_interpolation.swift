let name: String? = "Bo"
print("name: \(name ?? "none")")
let missing: String? = nil
print("missing: \(missing ?? "none")")

// expect: name: Bo
// expect: missing: none
