@resultBuilder
struct Collect {
    static func buildBlock(_ parts: [String]...) -> [String] { parts.flatMap { $0 } }
    static func buildExpression(_ s: String) -> [String] { [s] }
    static func buildOptional(_ part: [String]?) -> [String] {
        print("buildOptional", part == nil ? "nil" : "some")
        return part ?? []
    }
}

let ages = ["ann": 31, "ben": 12]

@Collect func report(_ who: String, nickname: String?) -> [String] {
    "name: \(who)"
    if let age = ages[who] {
        "age: \(age)"
        if age < 18 { "minor" }
    }
    if let nickname, !nickname.isEmpty {
        "aka \(nickname)"
    }
}

print(report("ann", nickname: "A"))
print(report("ben", nickname: ""))
print(report("cy", nickname: nil))

// expect: buildOptional nil
// expect: buildOptional some
// expect: buildOptional some
// expect: ["name: ann", "age: 31", "aka A"]
// expect: buildOptional some
// expect: buildOptional some
// expect: buildOptional nil
// expect: ["name: ben", "age: 12", "minor"]
// expect: buildOptional nil
// expect: buildOptional nil
// expect: ["name: cy"]
