struct Customer {
    let id: Int
    let arrival: Int
    let service: Int
}
var customers: [Customer] = []
for i in 0..<6 {
    customers.append(Customer(id: i, arrival: i * 2, service: 3 + i % 3))
}
var clock = 0
var totalWait = 0
for c in customers {
    let start = max(clock, c.arrival)
    let wait = start - c.arrival
    totalWait += wait
    clock = start + c.service
    print("customer \(c.id): arrives \(c.arrival), waits \(wait), leaves \(clock)")
}
print("average wait:", Double(totalWait) / Double(customers.count))

// expect: customer 0: arrives 0, waits 0, leaves 3
// expect: customer 1: arrives 2, waits 1, leaves 7
// expect: customer 2: arrives 4, waits 3, leaves 12
// expect: customer 3: arrives 6, waits 6, leaves 15
// expect: customer 4: arrives 8, waits 7, leaves 19
// expect: customer 5: arrives 10, waits 9, leaves 24
// expect: average wait: 4.333333333333333
