enum E: Error { case e(code: Int) }
do {
    throw E.e(code: 7)
} catch let E.e(code) {
    print("code", code)
}

// expect: code 7
