// Magic literals as default arguments (as XCTest-style helpers declare them) and generic
// parameters bound only through a closure's result.
func check(_ ok: Bool, file: StaticString = #filePath, line: UInt = #line, column: UInt = #column) {
    print(ok ? "ok" : "failed", line > 0, column > 0, "\(file)".isEmpty == false)
}
check(1 + 1 == 2)
check(false)
func unwrap<T>(_ value: @autoclosure () -> T?, line: Int = #line) -> Bool {
    if value() != nil { return true }
    return false
}
print(unwrap(Int("12")), unwrap(Int("x")))

// expect: ok true true true
// expect: failed true true true
// expect: true false
