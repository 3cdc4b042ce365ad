let a = 5
let b = 10
if a > 0 {
    if b > a {
        print("b bigger")
    } else {
        print("a bigger")
    }
}

// expect: b bigger
