var stock = ["apples": 3, "pears": 1]
stock.merge(["apples": 2, "plums": 5]) { $0 + $1 }
for (k, v) in stock.sorted(by: { $0.key < $1.key }) { print(k, v) }
let other = stock.merging(["pears": 100], uniquingKeysWith: { _, new in new })
print(other["pears"]!, stock["pears"]!)

// expect: apples 5
// expect: pears 1
// expect: plums 5
// expect: 100 1
