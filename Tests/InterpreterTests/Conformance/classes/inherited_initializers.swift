// Subclasses inherit initializers; a convenience init delegates to the override of the dynamic type.
class Food {
    var name: String
    init(name: String) { self.name = name }
    convenience init() { self.init(name: "[Unnamed]") }
}
class RecipeIngredient: Food {
    var quantity: Int
    init(name: String, quantity: Int) { self.quantity = quantity; super.init(name: name) }
    override convenience init(name: String) { self.init(name: name, quantity: 1) }
}
class ShoppingListItem: RecipeIngredient {
    var purchased = false
    var description: String { "\(quantity) x \(name)" + (purchased ? " ✔" : " ✘") }
}
let items = [ShoppingListItem(), ShoppingListItem(name: "Bacon"), ShoppingListItem(name: "Eggs", quantity: 6)]
items[0].name = "Orange juice"
items[0].purchased = true
for i in items { print(i.description) }
print(Food().name, RecipeIngredient().quantity)
struct Temp {
    var c: Double
    init(c: Double) { self.c = c }
    init(f: Double) { self.init(c: (f - 32) * 5 / 9) }
}
print(Temp(f: 212).c)

// expect: 1 x Orange juice ✔
// expect: 1 x Bacon ✘
// expect: 6 x Eggs ✘
// expect: [Unnamed] 1
// expect: 100.0
