// A struct's own == decides contains, firstIndex, Set membership and dictionary keys.
struct Version: Hashable {
    var major: Int
    var label: String
    static func == (a: Version, b: Version) -> Bool { a.major == b.major }
    func hash(into hasher: inout Hasher) { hasher.combine(major) }
}
let versions = [Version(major: 1, label: "one"), Version(major: 2, label: "two")]
print(versions.contains(Version(major: 2, label: "zwei")))
print(versions.firstIndex(of: Version(major: 2, label: "deux")) as Any)
var set: Set<Version> = [Version(major: 1, label: "a"), Version(major: 1, label: "b"), Version(major: 3, label: "c")]
print(set.count)
set.insert(Version(major: 3, label: "again"))
print(set.count, set.contains(Version(major: 1, label: "?")))
var owners: [Version: String] = [:]
owners[Version(major: 5, label: "x")] = "ann"
owners[Version(major: 5, label: "y"), default: "?"] += "!"
print(owners.count, owners[Version(major: 5, label: "z")] ?? "none")
print([Version(major: 7, label: "p")] == [Version(major: 7, label: "q")])
print(Version(major: 1, label: "a") != Version(major: 1, label: "b"))

// expect: true
// expect: Optional(1)
// expect: 2
// expect: 2 true
// expect: 1 ann!
// expect: true
// expect: false
