enum E: Error { case fail }
func work(_ fail: Bool) throws {
    print("open")
    defer { print("close") }
    if fail { throw E.fail }
    print("work done")
}
try? work(false)
do {
    try work(true)
} catch {
    print("error:", error)
}

// expect: open
// expect: work done
// expect: close
// expect: open
// expect: close
// expect: error: fail
