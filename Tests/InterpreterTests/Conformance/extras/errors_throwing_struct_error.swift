struct ValidationError: Error {
    var field: String
    var reason: String
}
func validate(age: Int) throws {
    if age < 0 {
        throw ValidationError(field: "age", reason: "negative")
    }
}
do {
    try validate(age: 5)
    print("5 ok")
    try validate(age: -1)
} catch let e as ValidationError {
    print(e.field, e.reason)
    print(e)
}

// expect: 5 ok
// expect: age negative
// expect: ValidationError(field: "age", reason: "negative")
