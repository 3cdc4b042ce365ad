struct Item { let name: String; let weight: Int }
let items = [Item(name: "a", weight: 3), Item(name: "b", weight: 7), Item(name: "c", weight: 7), Item(name: "d", weight: 3)]
print(items.min(by: { $0.weight < $1.weight })!.name)
print(items.max(by: { $0.weight < $1.weight })!.name)
print([Int]().max(by: <) == nil)

// expect: a
// expect: b
// expect: true
