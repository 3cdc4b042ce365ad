func safeDivide(_ a: Int, _ b: Int) -> Int? {
    guard b != 0 else {
        print("cannot divide by zero")
        return nil
    }
    return a / b
}
print(safeDivide(10, 3)!)
print(safeDivide(1, 0) == nil)

// expect: 3
// expect: cannot divide by zero
// expect: true
