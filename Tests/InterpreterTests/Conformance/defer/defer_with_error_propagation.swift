enum Failure: Error { case bad }
func risky(_ fail: Bool) throws -> String {
    defer { print("cleanup", fail) }
    if fail { throw Failure.bad }
    return "fine"
}
do {
    print(try risky(false))
    print(try risky(true))
} catch {
    print("caught", error)
}

// expect: cleanup false
// expect: fine
// expect: cleanup true
// expect: caught bad
