// Comparing optionals of a type with its own ==: nil-ness first, then the type's ==.
final class Cell: Equatable {
    var value: Int
    var next: Cell?
    init(_ value: Int) { self.value = value }
    static func == (a: Cell, b: Cell) -> Bool { a.value == b.value }
}
let head = Cell(1)
head.next = Cell(2)
var cursor: Cell? = head
print(cursor == head, cursor != head, cursor == nil)
print(head.next == Cell(2), head.next == nil, head.next?.next == nil)
cursor = cursor?.next?.next
print(cursor == head, cursor == nil, cursor != nil)
struct Tag: Equatable { var name: String
    static func == (a: Tag, b: Tag) -> Bool { a.name.lowercased() == b.name.lowercased() } }
let maybe: Tag? = Tag(name: "Swift")
print(maybe == Tag(name: "SWIFT"), Optional(Tag(name: "a")) == Optional(Tag(name: "A")))

// expect: true false false
// expect: true false true
// expect: false true false
// expect: true true
