enum Failure: Error { case deep }
func level3() throws { throw Failure.deep }
func level2() throws { try level3(); print("unreachable") }
func level1() throws {
    print("level1 start")
    try level2()
}
do {
    try level1()
} catch {
    print("caught", error)
}

// expect: level1 start
// expect: caught deep
