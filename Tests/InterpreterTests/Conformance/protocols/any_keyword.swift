protocol Animal {
    var sound: String { get }
}

struct Dog: Animal { var sound: String { "woof" } }
struct Cat: Animal { var sound: String { "meow" } }

func chorus(_ animals: [any Animal]) -> String {
    animals.map { $0.sound }.joined(separator: " ")
}

var zoo: [any Animal] = [Dog(), Cat()]
zoo.append(Dog())
print(chorus(zoo))
let pet: any Animal = Cat()
print(pet.sound)

// expect: woof meow woof
// expect: meow
