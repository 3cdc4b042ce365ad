enum Token {
    case number(Int)
    case word(String)
}
let tokens: [Token] = [.number(4), .word("hi"), .number(7)]
var sum = 0
for t in tokens {
    if case .number(let n) = t {
        sum += n
    }
}
print(sum)
for case .word(let w) in tokens {
    print(w)
}

// expect: 11
// expect: hi
