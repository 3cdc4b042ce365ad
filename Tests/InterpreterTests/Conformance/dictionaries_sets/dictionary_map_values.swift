let prices = ["tea": 2, "cake": 5]
let doubled = prices.mapValues { $0 * 2 }
for k in doubled.keys.sorted() {
    print(k, doubled[k]!)
}

// expect: cake 10
// expect: tea 4
