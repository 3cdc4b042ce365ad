protocol Describable {
    var title: String { get }
    func describe() -> String
}

extension Describable {
    func describe() -> String { "<" + title + ">" }
    func shout() -> String { describe().uppercased() }
}

struct Book: Describable {
    var title: String
}

struct Film: Describable {
    var title: String
    func describe() -> String { "Film: \(title)" }
}

let items: [Describable] = [Book(title: "Dune"), Film(title: "Alien")]
for i in items {
    print(i.describe())
    print(i.shout())
}

// expect: <Dune>
// expect: <DUNE>
// expect: Film: Alien
// expect: FILM: ALIEN
