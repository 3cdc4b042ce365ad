struct Allergens: OptionSet, CaseIterable {
    let rawValue: Int
    static let eggs = Allergens(rawValue: 1)
    static let peanuts = Allergens(rawValue: 2)
    static let shellfish = Allergens(rawValue: 4)
    static let allCases: [Allergens] = [.eggs, .peanuts, .shellfish]
    static let names = ["eggs", "peanuts", "shellfish"]
    var list: [String] {
        zip(Allergens.allCases, Allergens.names).filter { contains($0.0) }.map(\.1)
    }
    mutating func forgive(_ a: Allergens) { remove(a) }
    func adding(_ a: Allergens) -> Allergens { union(a) }
}
var mine: Allergens = [.eggs, .shellfish]
print(mine.list, mine.adding(.peanuts).list)
mine.forgive(.eggs)
print(mine.list, mine.rawValue)
let count: Int? = "hello world".count
print(count as Any, type(of: count), type(of: Optional("x")))

// expect: ["eggs", "shellfish"] ["eggs", "peanuts", "shellfish"]
// expect: ["shellfish"] 4
// expect: Optional(11) Optional<Int> Optional<String>
