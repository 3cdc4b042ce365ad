enum MathError: Error {
    case divideByZero
    case negative(Int)
}
func divide(_ a: Int, _ b: Int) throws -> Int {
    if b == 0 { throw MathError.divideByZero }
    if a < 0 { throw MathError.negative(a) }
    return a / b
}
do {
    print(try divide(10, 2))
    print(try divide(1, 0))
    print("not reached")
} catch {
    print("caught \(error)")
}

// expect: 5
// expect: caught divideByZero
