// Result built from throwing code, and its map / flatMap / mapError.
enum ParseError: Error { case empty, notANumber(String) }
func parse(_ s: String) throws -> Int {
    if s.isEmpty { throw ParseError.empty }
    guard let n = Int(s) else { throw ParseError.notANumber(s) }
    return n
}
let results = ["12", "", "x7"].map { s in Result { try parse(s) } }
for r in results { print(r) }
for r in results { print(r.map { $0 * 2 }) }
struct Wrapped: Error { var reason: String }
let described = Result(catching: { try parse("x") }).mapError { Wrapped(reason: "bad input: \($0)") }
print(described)
let halved = results[0].flatMap { n -> Result<Int, Error> in n % 2 == 0 ? .success(n / 2) : .failure(ParseError.empty) }
print(halved, (try? halved.get()) ?? -1)
switch results[2] {
case .success(let v): print("value", v)
case .failure(let e): print("error", e)
}
let none = Optional<Int>.none, some = Optional.some(5)
print(none as Any, some as Any, none ?? 0)

// expect: success(12)
// expect: failure(main.ParseError.empty)
// expect: failure(main.ParseError.notANumber("x7"))
// expect: success(24)
// expect: failure(main.ParseError.empty)
// expect: failure(main.ParseError.notANumber("x7"))
// expect: failure(main.Wrapped(reason: "bad input: notANumber(\"x\")"))
// expect: success(6) 6
// expect: error notANumber("x7")
// expect: nil Optional(5) 0
