// Grade school: a roster of students by grade, sorted, with each student in one grade only.
struct GradeSchool {
    private var grades: [Int: [String]] = [:]

    @discardableResult
    mutating func add(_ name: String, grade: Int) -> Bool {
        if grades.values.contains(where: { $0.contains(name) }) { return false }
        grades[grade, default: []].append(name)
        return true
    }

    func students(in grade: Int) -> [String] { (grades[grade] ?? []).sorted() }

    var roster: [String] {
        grades.keys.sorted().flatMap { students(in: $0) }
    }

    var sortedGrades: [(grade: Int, names: [String])] {
        grades.keys.sorted().map { ($0, students(in: $0)) }
    }
}
// cell
var school = GradeSchool()
print(school.roster)
print(school.add("Aimee", grade: 2))
print(school.roster)
school.add("Blair", grade: 2)
school.add("James", grade: 2)
school.add("Paul", grade: 2)
print(school.roster)
print(school.add("James", grade: 3))
school.add("Chelsea", grade: 3)
school.add("Logan", grade: 7)
school.add("Zoe", grade: 1)
school.add("Anna", grade: 1)
print(school.roster)
print(school.students(in: 2), school.students(in: 5))
for entry in school.sortedGrades {
    print("grade \(entry.grade): \(entry.names.joined(separator: ", "))")
}

// expect: []
// expect: true
// expect: ["Aimee"]
// expect: ["Aimee", "Blair", "James", "Paul"]
// expect: false
// expect: ["Anna", "Zoe", "Aimee", "Blair", "James", "Paul", "Chelsea", "Logan"]
// expect: ["Aimee", "Blair", "James", "Paul"] []
// expect: grade 1: Anna, Zoe
// expect: grade 2: Aimee, Blair, James, Paul
// expect: grade 3: Chelsea
// expect: grade 7: Logan
