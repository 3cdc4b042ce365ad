let add = { (a: Int, b: Int) -> Int in
    return a + b
}
print(add(2, 3))
let greet = { print("hello") }
greet()

// expect: 5
// expect: hello
