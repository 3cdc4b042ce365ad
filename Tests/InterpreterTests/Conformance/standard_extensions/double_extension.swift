extension Double {
    var km: Double { self * 1000 }
    var cm: Double { self / 100 }
    func rounded(to places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
    static let golden = 1.618
}

let marathon = 42.195.km
print(marathon)
print(25.0.cm)
print(3.14159.rounded(to: 2))
print(Double.golden * 2)

// expect: 42195.0
// expect: 0.25
// expect: 3.14
// expect: 3.236
