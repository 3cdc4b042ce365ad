class Cell { var value: Int; init(_ v: Int) { value = v } }
let shared = Cell(1)
let list = [shared, shared, Cell(2)]
list[0].value = 10
print(list.map { $0.value })

// expect: [10, 10, 2]
