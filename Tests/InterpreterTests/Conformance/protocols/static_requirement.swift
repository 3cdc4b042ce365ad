protocol Unit {
    static var symbol: String { get }
    static func make(_ v: Double) -> Self
    var value: Double { get }
}

struct Meters: Unit {
    static var symbol: String { "m" }
    var value: Double
    static func make(_ v: Double) -> Meters { Meters(value: v) }
}

struct Seconds: Unit {
    static let symbol = "s"
    var value: Double
    static func make(_ v: Double) -> Seconds { Seconds(value: v * 1) }
}

let d = Meters.make(12.5)
let t = Seconds.make(3)
print(d.value, Meters.symbol)
print(t.value, Seconds.symbol)

// expect: 12.5 m
// expect: 3.0 s
