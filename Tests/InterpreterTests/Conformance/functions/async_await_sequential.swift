// async functions, closures and top-level await run in order (no tasks, no suspension).
func fetch(_ n: Int) async -> Int { n * 2 }
func load(_ n: Int) async throws -> String {
    if n < 0 { throw URLErrorLike.bad }
    return "v\(await fetch(n))"
}
enum URLErrorLike: Error { case bad }
struct Service { func run() async -> [Int] { var out: [Int] = []; for i in 1...3 { out.append(await fetch(i)) }; return out } }
func runTest(_ name: String, _ body: () async throws -> Void) async {
    do { try await body(); print(name, "ok") } catch { print(name, "failed", error) }
}
await runTest("a") { print(try await load(2)) }
await runTest("b") { _ = try await load(-1) }
let values = await Service().run()
print(values)
let f: (Int) async -> Int = { x in await fetch(x) + 1 }
print(await f(4))

// expect: v4
// expect: a ok
// expect: b failed bad
// expect: [2, 4, 6]
// expect: 9
