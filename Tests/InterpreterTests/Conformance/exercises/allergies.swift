// Allergies: decode an allergy score, one bit per allergen.
enum Allergen: Int, CaseIterable {
    case eggs, peanuts, shellfish, strawberries, tomatoes, chocolate, pollen, cats

    var mask: Int { 1 << rawValue }
}

struct Allergies {
    let score: Int

    func isAllergic(to allergen: Allergen) -> Bool { score & allergen.mask != 0 }

    var list: [Allergen] { Allergen.allCases.filter(isAllergic(to:)) }
}
// cell
for score in [0, 1, 2, 3, 5, 34, 248, 255, 257, 509, 128] {
    let a = Allergies(score: score)
    print(score, a.list.map { "\($0)" }, a.isAllergic(to: .peanuts))
}
let combined = [Allergen.cats, .eggs, .pollen].reduce(0) { $0 | $1.mask }
print(combined, Allergies(score: combined).list)

// expect: 0 [] false
// expect: 1 ["eggs"] false
// expect: 2 ["peanuts"] true
// expect: 3 ["eggs", "peanuts"] true
// expect: 5 ["eggs", "shellfish"] false
// expect: 34 ["peanuts", "chocolate"] true
// expect: 248 ["strawberries", "tomatoes", "chocolate", "pollen", "cats"] false
// expect: 255 ["eggs", "peanuts", "shellfish", "strawberries", "tomatoes", "chocolate", "pollen", "cats"] true
// expect: 257 ["eggs"] false
// expect: 509 ["eggs", "shellfish", "strawberries", "tomatoes", "chocolate", "pollen", "cats"] false
// expect: 128 ["cats"] false
// expect: 193 [main.Allergen.eggs, main.Allergen.pollen, main.Allergen.cats]
