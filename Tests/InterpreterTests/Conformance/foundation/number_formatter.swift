// NumberFormatter (Foundation's own formatting: styles, digits, grouping, locales), NSNumber and Locale.
import Foundation
let f = NumberFormatter()
print(f.string(from: 1234567.891) ?? "-", f.string(from: NSNumber(value: 42)) ?? "-")
f.numberStyle = .decimal
print(f.string(from: 1234567.891) ?? "-", f.string(from: NSNumber(value: -9876543)) ?? "-", f.string(from: 0.5) ?? "-")
f.maximumFractionDigits = 2
print(f.string(from: 1234567.891) ?? "-", f.string(for: 2.5) ?? "-", f.string(for: 3.125) ?? "-")
f.minimumFractionDigits = 2
print(f.string(from: 12) ?? "-")
f.usesGroupingSeparator = false
print(f.string(from: 1234567.891) ?? "-")
let p = NumberFormatter(); p.numberStyle = .percent
print(p.string(from: 0.256) ?? "-")
let s = NumberFormatter(); s.numberStyle = .spellOut
print(s.string(from: 1234) ?? "-", s.string(from: 21) ?? "-")
let o = NumberFormatter(); o.numberStyle = .ordinal
print(o.string(from: 1) ?? "-", o.string(from: 22) ?? "-", o.string(from: 113) ?? "-")
let c = NumberFormatter(); c.numberStyle = .currency
print(c.string(from: 1234.5) ?? "-")
c.locale = Locale(identifier: "en_US")
print(c.string(from: 1234.5) ?? "-")
let m = NumberFormatter(); m.minimumIntegerDigits = 3
print(m.string(from: 7) ?? "-")
let g = NumberFormatter(); g.numberStyle = .decimal; g.groupingSeparator = "_"
print(g.string(from: 1000000) ?? "-", g.number(from: "12") ?? 0)
print(f.locale.identifier, Locale.current.identifier)
let sc = NumberFormatter(); sc.numberStyle = .scientific
print(sc.string(from: 12345.678) ?? "-")
print(NSNumber(value: 3.5).intValue, NSNumber(value: 7).doubleValue, NSNumber(value: 2).stringValue)
let big: NSNumber = 42
print(big.intValue + 1, (7).bitWidth, Int.max.leadingZeroBitCount)
func show(_ n: NSNumber) -> String { "<\(n)>" }
print(show(3), show(NSNumber(value: 2.5)))
let cf = NumberFormatter()
cf.numberStyle = .currency
cf.locale = Locale(identifier: "de_DE")
print(cf.string(from: 1234.5)!, cf.locale.identifier)

// expect: 1234568 42
// expect: 1,234,567.891 -9,876,543 0.5
// expect: 1,234,567.89 2.5 3.12
// expect: 12.00
// expect: 1234567.891
// expect: 26%
// expect: one thousand two hundred thirty-four twenty-one
// expect: 1st 22nd 113th
// expect: ¤1,234.50
// expect: $1,234.50
// expect: 007
// expect: 1_000_000 12
// expect: en_001 en_001
// expect: 1.2345678E4
// expect: 3 7.0 2
// expect: 43 64 1
// expect: <3> <2.5>
// expect: 1.234,50 € de_DE
