func outer() -> () -> Int {
    var x = 0
    let inner = { () -> Int in
        let deeper = { x += 10 }
        deeper()
        return x
    }
    return inner
}
let f = outer()
print(f(), f())

// expect: 10 20
