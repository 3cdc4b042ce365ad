// Swift Regex: #/…/# literals (typed captures, names, optional groups), Regex("…"), the String methods taking one.
let s = "call 555-1234 or 555-9876 now"
let re = #/(\d{3})-(\d{4})/#
for m in s.matches(of: re) { print(m.output.0, m.1, m.output.2) }
print(s.replacing(re, with: "XXX"))
if let m = s.firstMatch(of: re) { print(m.0, m.range.lowerBound == s.startIndex) }
print(s.contains(#/\d+/#), "abc".wholeMatch(of: #/[a-z]+/#) != nil)
let r2 = try! Regex("[aeiou]")
print(s.matches(of: r2).count, s.split(separator: #/\s+/#))
print("a1b22c333".ranges(of: #/\d+/#).map { s2 in "a1b22c333"[s2] })
let log = "2024-01-15 error: disk; 2023-12-01 warn: cpu"
let dated = #/(?<year>\d{4})-(?<month>\d{2})-(\d{2}) (\w+)/#
for m in log.matches(of: dated) {
    print(m.year, m.output.month, m.3, m.4, m.output.0)
}
let opt = #/(\d+)(px)?/#
for m in "10px 20 30px".matches(of: opt) { print(m.1, m.2 as Any) }
let alt = #/(cat)|(dog)/#
print("hotdog".firstMatch(of: alt).map { "\($0.1 as Any) \($0.2 as Any)" } ?? "none")
let dyn = try! Regex("([a-z]+)=(\\d+)")
for m in "a=1, bb=22".matches(of: dyn) {
    print(m.output.count, m.output[1].substring ?? "", m.output[2].substring.map(String.init) ?? "")
}
let shouting = "Hello World".replacing(#/[aeiou]/#) { m in m.0.uppercased() }
print(shouting)
print("a,b;;c".split(separator: #/[,;]+/#), "  x".trimmingPrefix(#/\s+/#))
let word = try! Regex("hello").ignoresCase()
print("HeLLo there".contains(word), "hello".wholeMatch(of: word) != nil)
if let m = try? dated.firstMatch(in: log) { print(m.range.lowerBound == log.startIndex, m.month) }
switch "abc123" {
case let s where s.wholeMatch(of: #/[a-z]+\d+/#) != nil: print("mixed", s)
default: print("other")
}
do { _ = try Regex("(unclosed") } catch { print("bad pattern") }

// expect: 555-1234 555 1234
// expect: 555-9876 555 9876
// expect: call XXX or XXX now
// expect: 555-1234 false
// expect: true true
// expect: 3 ["call", "555-1234", "or", "555-9876", "now"]
// expect: ["1", "22", "333"]
// expect: 2024 01 15 error 2024-01-15 error
// expect: 2023 12 01 warn 2023-12-01 warn
// expect: 10 Optional("px")
// expect: 20 nil
// expect: 30 Optional("px")
// expect: nil Optional("dog")
// expect: 3 a 1
// expect: 3 bb 22
// expect: HEllO WOrld
// expect: ["a", "b", "c"] x
// expect: true true
// expect: true 01
// expect: mixed abc123
// expect: bad pattern
