// NSRegularExpression, NSTextCheckingResult and NSRange (Foundation's own engine), Range(_:in:), NSString bridging.
import Foundation
let text = "The year 1999 and 2024, not 12345."
let re = try! NSRegularExpression(pattern: "\\b(\\d{4})\\b", options: [])
let range = NSRange(text.startIndex..., in: text)
let matches = re.matches(in: text, options: [], range: range)
print(matches.count, re.numberOfMatches(in: text, range: range))
for m in matches {
    if let r = Range(m.range(at: 1), in: text) { print(text[r], m.range.location, m.range.length) }
}
let first = re.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count))
print(first.map { (text as NSString).substring(with: $0.range) } ?? "-", first?.numberOfRanges ?? 0)
print(re.stringByReplacingMatches(in: text, options: [], range: range, withTemplate: "<$1>"))
let ci = try NSRegularExpression(pattern: "the", options: .caseInsensitive)
print(ci.numberOfMatches(in: "The theme of the day", range: NSMakeRange(0, 20)))
let words = try NSRegularExpression(pattern: "[a-z']+", options: [.caseInsensitive])
let sentence = "Don't stop, can't stop!"
let ns = sentence as NSString
print(words.matches(in: sentence, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range).lowercased() })
print(NSRange(location: 2, length: 3), NSNotFound == Int.max, re.pattern)
let named = try NSRegularExpression(pattern: "(?<key>\\w+)=(?<val>\\d+)")
if let m = named.firstMatch(in: "a=1", range: NSRange(location: 0, length: 3)) {
    print(m.range(withName: "val").location, m.range(withName: "key"))
}
let empty = NSRange(location: NSNotFound, length: 0)
print(empty.location == NSNotFound, Range(empty, in: text) == nil)
print(NSRegularExpression.escapedPattern(for: "a.b*c"))

// expect: 2 2
// expect: 1999 9 4
// expect: 2024 18 4
// expect: 1999 2
// expect: The year <1999> and <2024>, not 12345.
// expect: 3
// expect: ["don\'t", "stop", "can\'t", "stop"]
// expect: {2, 3} true \b(\d{4})\b
// expect: 2 {0, 1}
// expect: true true
// expect: a\.b\*c
