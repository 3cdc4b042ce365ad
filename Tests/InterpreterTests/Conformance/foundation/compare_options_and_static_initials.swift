// Instance property initial values see static members unqualified; String/NSString.CompareOptions; replacingOccurrences(of:with:options:range:).
import Foundation
class G {
    private static let diagram = "VC\nRV"
    static func count() -> Int { diagram.count }
    private let rows = diagram.split(separator: "\n")
    private let n = count()
    func show() -> String { rows.joined(separator: "|") + " \(n)" }
}
print(G().show())
let s = "a.b"
print(s.replacingOccurrences(of: ".", with: "", options: NSString.CompareOptions.literal, range: nil), s.replacingOccurrences(of: "A", with: "x", options: String.CompareOptions.caseInsensitive))
extension String { func strip(_ c: String) -> String { replacingOccurrences(of: c, with: "", options: NSString.CompareOptions.literal, range: nil) } }
print("x-y-z".strip("-"))
let s2 = "a.B"
print(s2.replacingOccurrences(of: "b", with: "x", options: String.CompareOptions.caseInsensitive))

// expect: VC|RV 5
// expect: ab x.b
// expect: xyz
// expect: a.x
