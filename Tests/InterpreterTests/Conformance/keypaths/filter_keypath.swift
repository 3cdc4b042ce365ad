struct Task {
    var title: String
    var done: Bool
}
let tasks = [Task(title: "write", done: true), Task(title: "test", done: false), Task(title: "ship", done: true)]
print(tasks.filter(\.done).map(\.title))
print(tasks.contains(where: \.done))
print(tasks.allSatisfy(\.done))

// expect: ["write", "ship"]
// expect: true
// expect: false
