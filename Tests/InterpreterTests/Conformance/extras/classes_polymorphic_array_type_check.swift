class Vehicle { func wheels() -> Int { 0 } }
class Bike: Vehicle { override func wheels() -> Int { 2 } }
class Car: Vehicle { override func wheels() -> Int { 4 } }
let fleet: [Vehicle] = [Bike(), Car(), Bike()]
print(fleet.map { $0.wheels() }.reduce(0, +))
for v in fleet {
    if v is Car { print("car") }
    if let b = v as? Bike { print("bike", b.wheels()) }
}

// expect: 8
// expect: bike 2
// expect: car
// expect: bike 2
