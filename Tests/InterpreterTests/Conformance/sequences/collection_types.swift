// A notebook type conforming to Collection through startIndex, endIndex, index(after:) and a subscript.
struct Shelf: Collection {
    private var books: [String]
    init(_ books: [String]) { self.books = books }
    var startIndex: Int { books.startIndex }
    var endIndex: Int { books.endIndex }
    func index(after i: Int) -> Int { i + 1 }
    subscript(position: Int) -> String { books[position] }
}
let shelf = Shelf(["Dune", "Emma", "Ulysses"])
for title in shelf { print(title) }
print(shelf.count, shelf.first ?? "-", shelf.map { $0.count }, shelf.contains("Emma"))
print(shelf[1], shelf.sorted { $0.count > $1.count }, shelf.isEmpty)

// expect: Dune
// expect: Emma
// expect: Ulysses
// expect: 3 Dune [4, 4, 7] true
// expect: Emma ["Ulysses", "Dune", "Emma"] false
