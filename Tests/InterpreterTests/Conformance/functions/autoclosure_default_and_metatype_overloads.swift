// An @autoclosure parameter with a default, and overloads told apart by a metatype argument.
func check(_ condition: @autoclosure () -> Bool, _ note: @autoclosure () -> String = "no note") {
    if !condition() { print("failed:", note()) }
}
check(2 + 2 == 5)
check(1 < 0, "one is not below zero")
check(true)

enum ParseError: Error, Equatable { case empty, tooLong(Int) }
func parse(_ s: String) throws -> Int {
    if s.isEmpty { throw ParseError.empty }
    if s.count > 3 { throw ParseError.tooLong(s.count) }
    return Int(s) ?? 0
}
@discardableResult
func expecting<E: Error, R>(_ kind: E.Type, _ note: @autoclosure () -> String = "", run body: () throws -> R) -> String {
    do { _ = try body(); return "no error (\(kind))" } catch { return "caught \(error) for \(kind)" }
}
@discardableResult
func expecting<E: Error & Equatable, R>(_ expected: E, _ note: @autoclosure () -> String = "", run body: () throws -> R) -> String {
    do { _ = try body(); return "missing \(expected)" } catch { return "\(error)" == "\(expected)" ? "matched" : "other" }
}
print(expecting(Never.self) { try parse("12") })
print(expecting(ParseError.self) { try parse("") })
print(expecting((any Error).self) { try parse("12345") })
print(expecting(ParseError.tooLong(4)) { try parse("1234") })
print(expecting(ParseError.empty) { try parse("7") })

// expect: failed: no note
// expect: failed: one is not below zero
// expect: no error (Never)
// expect: caught empty for ParseError
// expect: caught tooLong(5) for Error
// expect: matched
// expect: missing empty
