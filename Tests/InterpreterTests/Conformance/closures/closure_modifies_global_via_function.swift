var log: [String] = []
func record(_ s: String) { log.append(s) }
let actions = ["a", "b"].map { name in { record(name) } }
for a in actions { a() }
print(log)

// expect: ["a", "b"]
