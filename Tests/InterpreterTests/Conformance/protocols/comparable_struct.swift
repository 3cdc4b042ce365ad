struct Version: Comparable, CustomStringConvertible {
    var major: Int
    var minor: Int

    static func < (a: Version, b: Version) -> Bool {
        if a.major != b.major { return a.major < b.major }
        return a.minor < b.minor
    }

    var description: String { "v\(major).\(minor)" }
}

let vs = [Version(major: 1, minor: 2), Version(major: 0, minor: 9), Version(major: 1, minor: 0)]
print(vs.sorted())
print(vs.sorted(by: >))
print(Version(major: 2, minor: 0) > Version(major: 1, minor: 9))
print(Version(major: 1, minor: 1) <= Version(major: 1, minor: 1))

// expect: [v0.9, v1.0, v1.2]
// expect: [v1.2, v1.0, v0.9]
// expect: true
// expect: true
