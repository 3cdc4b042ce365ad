extension Double {
    var km: Double { self * 1_000 }
    var m: Double { self }
    func percent(of total: Double) -> Double { self / total * 100 }
}
extension Int {
    var doubled: Int { self * 2 }
}
let marathon = 42.km + 195.m
print(marathon, 5.doubled, 3.percent(of: 12), 2.5.km)

// expect: 42195.0 10 25.0 2500.0
