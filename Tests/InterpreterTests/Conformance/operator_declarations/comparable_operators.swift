struct Version: Comparable, CustomStringConvertible {
    var major: Int, minor: Int
    static func < (a: Version, b: Version) -> Bool {
        (a.major, a.minor) < (b.major, b.minor)
    }
    var description: String { "\(major).\(minor)" }
}
let versions = [Version(major: 2, minor: 1), Version(major: 1, minor: 9), Version(major: 2, minor: 0)]
print(versions.sorted())
print(Version(major: 1, minor: 0) < Version(major: 1, minor: 1))
print(Version(major: 3, minor: 0) >= Version(major: 2, minor: 9))

// expect: [1.9, 2.0, 2.1]
// expect: true
// expect: true
