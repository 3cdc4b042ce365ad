enum E: Error { case broken }
func f(_ fail: Bool) throws -> Int {
    if fail { throw E.broken }
    return 1
}
print(try! f(false))
print(try! f(true))

// expect: 1
// expect error: 7: 'try!' expression unexpectedly raised an error
