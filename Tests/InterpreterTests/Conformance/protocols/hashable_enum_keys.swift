enum Token: Hashable {
    case word(String)
    case number(Int)
    case end
}

var counts: [Token: Int] = [:]
let stream: [Token] = [.word("a"), .number(1), .word("a"), .end, .number(1), .number(2)]
for t in stream { counts[t, default: 0] += 1 }
print(counts[.word("a")]!, counts[.number(1)]!, counts[.number(2)]!, counts[.end]!)
let unique = Set(stream)
print(unique.count, unique.contains(.word("b")))

// expect: 2 2 1 1
// expect: 4 false
