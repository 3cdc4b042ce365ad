extension Dictionary where Value == Int {
    var total: Int { values.reduce(0, +) }

    mutating func add(_ key: Key, _ amount: Int) {
        self[key, default: 0] += amount
    }
}

var stock = ["apples": 3, "pears": 2]
stock.add("apples", 5)
stock.add("plums", 1)
print(stock["apples"]!, stock["plums"]!, stock.total)

// expect: 8 1 11
