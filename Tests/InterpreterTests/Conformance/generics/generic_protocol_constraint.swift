protocol HasWeight {
    var weight: Double { get }
}

struct Crate: HasWeight { var weight: Double }
struct Bag: HasWeight { var weight: Double; var handles: Int }

func totalWeight<T: HasWeight>(_ xs: [T]) -> Double {
    xs.reduce(0) { $0 + $1.weight }
}

func heaviest<T>(_ xs: [T]) -> T? where T: HasWeight {
    xs.max { $0.weight < $1.weight }
}

let crates = [Crate(weight: 10), Crate(weight: 4.5)]
print(totalWeight(crates))
print(heaviest([Bag(weight: 1, handles: 2), Bag(weight: 3, handles: 1)])!.handles)

// expect: 14.5
// expect: 1
