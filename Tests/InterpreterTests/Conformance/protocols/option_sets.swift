// OptionSet structs: set algebra on rawValue, [.a, .b] literals, insert/remove/formUnion.
struct Style: OptionSet {
    let rawValue: Int
    static let bold = Style(rawValue: 1 << 0)
    static let italic = Style(rawValue: 1 << 1)
    static let underline = Style(rawValue: 1 << 2)
    static let emphasis: Style = [.bold, .italic]
}
var s: Style = [.bold]
print(s.contains(.bold), s.contains(.italic), s.rawValue)
s.insert(.underline)
print(s.rawValue, s.isEmpty, Style.emphasis.rawValue)
s.remove(.bold)
print(s.rawValue, s.union(.italic).rawValue, s.intersection(Style.emphasis).isEmpty)
s.formUnion([.bold, .italic])
print(s.rawValue, s == [.bold, .italic, .underline], Style().isEmpty)
let inserted = s.insert(.bold)
print(inserted.inserted)
func describe(_ st: Style) -> String { [Style.bold, .italic, .underline].filter { st.contains($0) }.map { "\($0.rawValue)" }.joined(separator: "+") }
print(describe([.italic, .underline]), describe([]))

// expect: true false 1
// expect: 5 false 3
// expect: 4 6 true
// expect: 7 true true
// expect: false
// expect: 2+4 
