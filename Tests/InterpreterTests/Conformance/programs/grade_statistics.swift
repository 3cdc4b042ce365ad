import Foundation
struct Student {
    let name: String
    let scores: [Double]
    var average: Double { scores.reduce(0, +) / Double(scores.count) }
}
let students = [
    Student(name: "Ana", scores: [90, 85, 77.5]),
    Student(name: "Ben", scores: [60, 70, 65]),
    Student(name: "Cleo", scores: [100, 95, 98]),
]
for s in students.sorted(by: { $0.average > $1.average }) {
    let letter: String
    switch s.average {
    case 90...: letter = "A"
    case 80..<90: letter = "B"
    case 70..<80: letter = "C"
    default: letter = "F"
    }
    print(s.name, String(format: "%6.2f", s.average), letter)
}
let all = students.flatMap { $0.scores }
print("overall max:", all.max()!, "min:", all.min()!)

// expect: Cleo  97.67 A
// expect: Ana  84.17 B
// expect: Ben  65.00 F
// expect: overall max: 100.0 min: 60.0
