protocol Animal: CustomStringConvertible {
    var name: String { get }
    var legs: Int { get }
    func sound() -> String
}

extension Animal {
    var description: String { "\(name) (\(legs) legs) says \(sound())" }
    func isQuadruped() -> Bool { legs == 4 }
}

protocol Pet: Animal {
    var owner: String { get set }
}

struct Dog: Pet {
    let name: String
    var owner: String
    var legs: Int { 4 }
    func sound() -> String { "woof" }
}

struct Parrot: Pet {
    let name: String
    var owner: String
    var words: [String]
    var legs: Int { 2 }
    func sound() -> String { words.joined(separator: ", ") }
}

struct Spider: Animal {
    var name: String { "spider" }
    var legs: Int { 8 }
    func sound() -> String { "..." }
}

var pets: [Pet] = [Dog(name: "Rex", owner: "Ana"), Parrot(name: "Polly", owner: "Ben", words: ["hi", "bye"])]
pets[0].owner = "Cleo"
for p in pets { print(p, "-", p.owner) }

let all: [Animal] = pets + [Spider()]
print(all.filter { $0.isQuadruped() }.map { $0.name })
print(all.map { $0.legs }.reduce(0, +))
let byLegs = Dictionary(grouping: all.map { $0.name }, by: { $0.count })
print(byLegs.keys.sorted())
for a in all {
    if let pet = a as? Pet {
        print(pet.name, "is owned by", pet.owner)
    } else {
        print(a.name, "is wild")
    }
}

// expect: Rex (4 legs) says woof - Cleo
// expect: Polly (2 legs) says hi, bye - Ben
// expect: ["Rex"]
// expect: 14
// expect: [3, 5, 6]
// expect: Rex is owned by Cleo
// expect: Polly is owned by Ben
// expect: spider is wild
