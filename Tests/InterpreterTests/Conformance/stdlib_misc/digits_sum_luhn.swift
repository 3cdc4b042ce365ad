func luhn(_ s: String) -> Bool {
    let digits = s.filter { $0 != " " }
    guard digits.count > 1, digits.allSatisfy({ $0.isNumber }) else { return false }
    var sum = 0
    for (i, c) in digits.reversed().enumerated() {
        var d = c.wholeNumberValue!
        if i % 2 == 1 { d *= 2; if d > 9 { d -= 9 } }
        sum += d
    }
    return sum % 10 == 0
}
print(luhn("4539 3195 0343 6467"), luhn("8273 1232 7352 0569"), luhn("0"))

// expect: true false false
