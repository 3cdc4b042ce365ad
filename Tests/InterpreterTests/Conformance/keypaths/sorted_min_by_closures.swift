struct City { var name: String; var population: Int }
let cities = [City(name: "B", population: 5), City(name: "A", population: 9), City(name: "C", population: 2)]
let byPop = cities.sorted { $0.population < $1.population }
print(byPop.map(\.name))
print(cities.min { $0.population < $1.population }!.name)
print(cities.max(by: { $0.name < $1.name })!.name)

// expect: ["C", "B", "A"]
// expect: C
// expect: C
