let a: Int? = 1
let b: Int? = 2
let c: Int? = nil
if let x = a, let y = b {
    print(x + y)
}
if let x = a, let z = c {
    print(x + z)
} else {
    print("missing")
}
if let x = a, x > 0 {
    print("positive")
}

// expect: 3
// expect: missing
// expect: positive
