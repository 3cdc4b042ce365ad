struct Student {
    var name: String
    var score: Int
}
let students = [Student(name: "Ana", score: 88), Student(name: "Ben", score: 95), Student(name: "Cy", score: 70)]
let ranked = students.sorted { $0.score > $1.score }
for s in ranked {
    print(s.name, s.score)
}
print(students.map { $0.score }.reduce(0, +))

// expect: Ben 95
// expect: Ana 88
// expect: Cy 70
// expect: 253
