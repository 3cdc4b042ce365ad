let noArgs: () -> String = { "nothing in" }
print(noArgs())
let ignore: (Int) -> Void = { _ in print("ignored") }
ignore(5)

// expect: nothing in
// expect: ignored
