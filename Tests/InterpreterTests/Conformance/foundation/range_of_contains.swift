import Foundation
let s = "Swift is fun"
print(s.contains("is"), s.contains("Is"), s.range(of: "Is", options: .caseInsensitive) != nil)
if let r = s.range(of: "is") {
    print(s[..<r.lowerBound] + "was" + s[r.upperBound...])
}

// expect: true false true
// expect: Swift was fun
