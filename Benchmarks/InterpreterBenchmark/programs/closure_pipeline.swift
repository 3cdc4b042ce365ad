// Benchmark: closures passed to map/filter/reduce/sorted/contains in a loop, including
// closures that capture local variables.
struct Reading {
    var sensor: Int
    var value: Double
}

var total = 0
var weighted = 0.0
for round in 0..<2500 {
    let numbers = (0..<120).map { ($0 * 37 + round * 11) % 101 }
    let evens = numbers.filter { $0 % 2 == 0 }
    let squares = evens.map { $0 * $0 }
    let sum = squares.reduce(0, +)
    let largest = numbers.reduce(0) { max($0, $1) }
    let threshold = round % 50
    let above = numbers.filter { $0 > threshold }.count
    total += sum + largest + above
    if numbers.contains(where: { $0 == threshold }) {
        total += 1
    }

    let readings = numbers.prefix(30).map { Reading(sensor: $0 % 7, value: Double($0) * 0.5) }
    let scale = Double(round % 10 + 1)
    let scaled = readings.map { $0.value * scale }
    weighted += scaled.reduce(0.0) { $0 + $1 } / Double(scaled.count)
    let best = readings.sorted { $0.value > $1.value }.first!
    total += best.sensor
}
print("checksum: \(total) \(Int(weighted * 1000))")
