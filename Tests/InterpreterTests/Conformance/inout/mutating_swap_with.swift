struct Cell {
    var value: Int
    mutating func swapWith(_ other: inout Cell) {
        let t = value
        value = other.value
        other.value = t
    }
}
var a = Cell(value: 1), b = Cell(value: 2)
a.swapWith(&b)
print(a.value, b.value)

// expect: 2 1
