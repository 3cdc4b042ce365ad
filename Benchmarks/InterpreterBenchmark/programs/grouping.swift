// Benchmark: a dictionary of arrays: group records by key with `groups[key, default: []]
// .append(x)`, then summarize each group (mean, median, max) in key order.
struct Sale {
    var city: String
    var product: String
    var amount: Int
}

let cities = ["Oslo", "Lima", "Rome", "Kyiv", "Doha", "Baku", "Riga", "Suva", "Apia", "Male"]
let products = ["tea", "rice", "soap", "milk", "salt", "oil"]

var seed = 31
func random(_ n: Int) -> Int {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed / 65536) % n
}

var sales: [Sale] = []
for _ in 0..<90000 {
    sales.append(Sale(city: cities[random(cities.count)], product: products[random(products.count)], amount: 1 + random(500)))
}

var byCity: [String: [Int]] = [:]
var byProduct: [String: [Sale]] = [:]
for sale in sales {
    byCity[sale.city, default: []].append(sale.amount)
    byProduct[sale.product, default: []].append(sale)
}

var checksum = 0
for city in byCity.keys.sorted() {
    let amounts = byCity[city]!.sorted()
    let total = amounts.reduce(0, +)
    let median = amounts[amounts.count / 2]
    checksum = (checksum * 31 + total / amounts.count + median + amounts.last!) % 1000003
}
for product in byProduct.keys.sorted() {
    var perCity: [String: Int] = [:]
    for sale in byProduct[product]! {
        perCity[sale.city, default: 0] += sale.amount
    }
    let best = perCity.max { $0.value < $1.value }!
    checksum = (checksum * 17 + best.value + best.key.count) % 1000003
}
print("checksum: \(checksum) \(byCity.count) \(byProduct.count)")
