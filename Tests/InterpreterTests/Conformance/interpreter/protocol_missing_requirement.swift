// record: skip
protocol Shape {
    var area: Double { get }
    func scaled(by k: Double) -> Self
}
struct Square: Shape {
    var side: Double
    var area: Double { side * side }
}
print(Square(side: 2).area)
// expect error: 6:16: type 'Square' does not conform to protocol 'Shape' (it requires method 'scaled')
