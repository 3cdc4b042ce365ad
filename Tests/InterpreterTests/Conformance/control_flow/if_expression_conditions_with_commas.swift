let a: Int? = 4
let b = 3
if let a, a > b, b > 0 {
    print("ok", a, b)
}

// expect: ok 4 3
