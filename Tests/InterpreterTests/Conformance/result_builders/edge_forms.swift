enum Color { case red, green }
@resultBuilder
struct Colors {
    static func buildBlock(_ cs: Color...) -> [Color] { cs }
    static func buildExpression(_ c: Color) -> Color { c }
}
@Colors func palette() -> [Color] {
    .red
    Color.green
}
print(palette())
@resultBuilder
struct Nums {
    static func buildBlock(_ ns: Int...) -> [Int] { ns }
}
@Nums func none() -> [Int] { }
print(none())
func each(@Nums _ f: (Int) -> [Int]) -> [Int] { f(7) }
print(each { $0; $0 * 2 })
print(each { (n: Int) in n + 1 })
struct Box { var v: Int }
extension Box {
    @Nums func parts() -> [Int] {
        v
        v * v
    }
}
print(Box(v: 3).parts())
@resultBuilder
enum Gen {
    static func buildBlock<T>(_ xs: T...) -> [T] { xs }
}
@Gen func strs() -> [String] { "a"; "b" }
print(strs())

// expect: [main.Color.red, main.Color.green]
// expect: []
// expect: [7, 14]
// expect: [8]
// expect: [3, 9]
// expect: ["a", "b"]
