struct Task {
    var title: String
    var done = false
    var priority: Int
}
var tasks: [Task] = []
func add(_ title: String, priority: Int = 1) {
    tasks.append(Task(title: title, priority: priority))
}
func complete(_ title: String) {
    if let i = tasks.firstIndex(where: { $0.title == title }) {
        tasks[i].done = true
    }
}
add("write report", priority: 3)
add("email")
add("lunch", priority: 2)
complete("email")
let pending = tasks.filter { !$0.done }.sorted { $0.priority > $1.priority }
for t in pending {
    print("[ ] \(t.title) (p\(t.priority))")
}
for t in tasks where t.done {
    print("[x] \(t.title)")
}
print(tasks[1])

// expect: [ ] write report (p3)
// expect: [ ] lunch (p2)
// expect: [x] email
// expect: Task(title: "email", done: true, priority: 1)
