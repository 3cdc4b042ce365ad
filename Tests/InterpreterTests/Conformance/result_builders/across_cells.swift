@resultBuilder
struct Chain {
    static func buildBlock(_ parts: String...) -> String { parts.joined(separator: " -> ") }
    static func buildExpression(_ s: String) -> String { s }
}
// cell
extension Chain {
    static func buildExpression(_ n: Int) -> String { "step\(n)" }
    static func buildOptional(_ s: String?) -> String { s ?? "skip" }
}

@Chain func route(_ express: Bool) -> String {
    "start"
    1
    if express { "fast lane" }
    "end"
}
// cell
print(route(true))
print(route(false))
func run(@Chain _ body: () -> String) { print(body()) }
// cell
run {
    "a"
    2
}

// expect: start -> step1 -> fast lane -> end
// expect: start -> step1 -> skip -> end
// expect: a -> step2
