extension Optional {
    var isMissing: Bool { self == nil }

    func or(_ fallback: Wrapped) -> Wrapped {
        if let v = self { return v }
        return fallback
    }
}

let a: Int? = 4
let b: Int? = nil
print(a.isMissing, b.isMissing)
print(a.or(0), b.or(-1))
let name: String? = nil
print(name.or("anonymous"))

// expect: false true
// expect: 4 -1
// expect: anonymous
