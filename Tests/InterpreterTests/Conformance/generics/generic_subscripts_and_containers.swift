// A protocol with an associated type and a subscript, conformed to by a struct and by Array; a generic subscript in its extension.
protocol Container {
    associatedtype Item
    mutating func append(_ item: Item)
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}
struct IntStack: Container {
    var items: [Int] = []
    mutating func append(_ item: Int) { items.append(item) }
    var count: Int { items.count }
    subscript(i: Int) -> Int { items[i] }
}
extension Array: Container {}
func allItemsMatch<C1: Container, C2: Container>(_ a: C1, _ b: C2) -> Bool where C1.Item == C2.Item, C1.Item: Equatable {
    if a.count != b.count { return false }
    for i in 0..<a.count where a[i] != b[i] { return false }
    return true
}
var s = IntStack()
s.append(1); s.append(2)
print(allItemsMatch(s, [1, 2]), allItemsMatch(s, [2, 1]))
extension Container {
    subscript<Indices: Sequence>(indices: Indices) -> [Item] where Indices.Iterator.Element == Int {
        var result: [Item] = []
        for index in indices { result.append(self[index]) }
        return result
    }
}
print(s[[1, 0]])
func swapTwo<T>(_ a: inout T, _ b: inout T) { let t = a; a = b; b = t }
var x = "a", y = "b"
swapTwo(&x, &y)
print(x, y)

// expect: true false
// expect: [2, 1]
// expect: b a
