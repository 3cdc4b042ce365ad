// Proverb: "For want of a nail the shoe was lost." for a chain of items.
func proverb(_ items: [String]) -> [String] {
    guard let first = items.first else { return [] }
    let lines = zip(items, items.dropFirst()).map { "For want of a \($0) the \($1) was lost." }
    return lines + ["And all for the want of a \(first)."]
}
// cell
print(proverb([]))
print(proverb(["nail"]))
for line in proverb(["nail", "shoe"]) { print(line) }
for line in proverb(["nail", "shoe", "horse", "rider", "message", "battle", "kingdom"]) { print(line) }
print(proverb(["pin", "gun", "soldier", "battle"]).joined(separator: " | "))

// expect: []
// expect: ["And all for the want of a nail."]
// expect: For want of a nail the shoe was lost.
// expect: And all for the want of a nail.
// expect: For want of a nail the shoe was lost.
// expect: For want of a shoe the horse was lost.
// expect: For want of a horse the rider was lost.
// expect: For want of a rider the message was lost.
// expect: For want of a message the battle was lost.
// expect: For want of a battle the kingdom was lost.
// expect: And all for the want of a nail.
// expect: For want of a pin the gun was lost. | For want of a gun the soldier was lost. | For want of a soldier the battle was lost. | And all for the want of a pin.
