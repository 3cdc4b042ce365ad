let value: Int = {
    var t = 0
    for i in 1...4 { t += i }
    return t
}()
print(value)

// expect: 10
