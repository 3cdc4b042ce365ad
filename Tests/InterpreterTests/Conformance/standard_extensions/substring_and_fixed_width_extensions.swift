// Extensions of Substring and fixed-width integers, enums with fixed-width raw types, String.IndexDistance.
extension Substring {
    func window(_ i: Int) -> String {
        let start = index(startIndex, offsetBy: String.IndexDistance(i * 2))
        return String(self[start..<index(start, offsetBy: 2)])
    }
    var shout: String { uppercased() + "!" }
}
let row = "VRCGVV".dropFirst(0)
print(row.window(1), "abcd".prefix(3).shout, "x y".split(separator: " ").map(\.shout))
extension UInt8 { var bits: String { String(self, radix: 2) } }
print(UInt8(5).bits, (255 as UInt8).bits)
enum Allergen: UInt, CaseIterable { case eggs = 1, peanuts = 2, shellfish = 4, cats = 128 }
struct Allergies { let score: UInt
    func allergic(to a: Allergen) -> Bool { score & a.rawValue != 0 }
    var list: [Allergen] { Allergen.allCases.filter(allergic) } }
print(Allergies(score: 5).list, Allergen.cats.rawValue, Allergen(rawValue: 4)!, Allergen(rawValue: 3) as Any)
enum Small: Int8 { case a = -2, b, c }
print(Small.b.rawValue, Small(rawValue: 0)!, type(of: Small.a.rawValue))

// expect: CG ABC! ["X!", "Y!"]
// expect: 101 11111111
// expect: [main.Allergen.eggs, main.Allergen.shellfish] 128 shellfish nil
// expect: -1 c Int8
