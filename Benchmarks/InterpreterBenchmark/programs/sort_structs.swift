// Benchmark: sorting an array of structs with custom comparators (several keys), sorting
// in place, and a hand-written insertion sort on a small slice.
struct Student {
    var name: String
    var grade: Int
    var age: Int
    var score: Double
}

var seed = 8
func random(_ n: Int) -> Int {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed / 65536) % n
}

let firstNames = ["Ada", "Ben", "Cleo", "Dan", "Eve", "Finn", "Gus", "Hana", "Ivo", "Jun"]
var students: [Student] = []
for i in 0..<20000 {
    let name = firstNames[random(firstNames.count)] + String(i % 97)
    students.append(Student(name: name, grade: 1 + random(12), age: 6 + random(12), score: Double(random(1000)) / 10.0))
}

let byGrade = students.sorted { a, b in
    if a.grade != b.grade {
        return a.grade < b.grade
    }
    if a.score != b.score {
        return a.score > b.score
    }
    return a.name < b.name
}
var checksum = 0
for (i, s) in byGrade.enumerated() where i % 100 == 0 {
    checksum = (checksum * 31 + s.age + s.grade * 7 + s.name.count) % 1000003
}

var byAge = students
byAge.sort { $0.age < $1.age || ($0.age == $1.age && $0.name < $1.name) }
let oldest = byAge.last!

var small = Array(students.prefix(600))
for i in 1..<small.count {
    let current = small[i]
    var j = i - 1
    while j >= 0 && small[j].score > current.score {
        small[j + 1] = small[j]
        j -= 1
    }
    small[j + 1] = current
}
print("checksum: \(checksum) \(byGrade[0].name) \(oldest.name) \(oldest.age) \(Int(small[300].score * 10))")
