protocol Vehicle {
    var wheels: Int { get }
    func summary() -> String
}

extension Vehicle {
    func summary() -> String { "\(wheels) wheels" }
}

class Car: Vehicle {
    var wheels: Int { 4 }
}

class Truck: Car {
    override var wheels: Int { 6 }
}

class Bike: Vehicle {
    var wheels: Int { 2 }
    func summary() -> String { "bike with \(wheels) wheels" }
}

let fleet: [Vehicle] = [Car(), Truck(), Bike()]
for v in fleet { print(v.summary()) }
print(Truck() is Vehicle, fleet[1] is Car)

// expect: 4 wheels
// expect: 6 wheels
// expect: bike with 2 wheels
// expect: true true
