func mySwap(_ a: inout String, _ b: inout String) {
    let t = a
    a = b
    b = t
}
var x = "left"
var y = "right"
mySwap(&x, &y)
print(x, y)

// expect: right left
