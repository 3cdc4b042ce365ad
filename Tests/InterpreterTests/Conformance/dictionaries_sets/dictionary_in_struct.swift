struct Inventory {
    var stock: [String: Int] = [:]
    mutating func add(_ item: String, _ n: Int) {
        stock[item, default: 0] += n
    }
}
var inv = Inventory()
inv.add("nail", 10)
inv.add("nail", 5)
print(inv.stock["nail"]!)
print(inv.stock)

// expect: 15
// expect: ["nail": 15]
