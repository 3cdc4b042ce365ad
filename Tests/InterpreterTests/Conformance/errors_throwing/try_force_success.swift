enum E: Error { case bad }
func f() throws -> String { "fine" }
print(try! f())

// expect: fine
