enum NetError: Error {
    case timeout
    case code(Int)
}
let errors: [Error] = [NetError.timeout, NetError.code(404)]
for e in errors {
    print(e)
}

// expect: timeout
// expect: code(404)
