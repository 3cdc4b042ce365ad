@resultBuilder
struct Sum {
    static func buildPartialBlock(first: Int) -> Int {
        print("first", first)
        return first
    }
    static func buildPartialBlock(accumulated: Int, next: Int) -> Int {
        print("acc", accumulated, "next", next)
        return accumulated * 10 + next
    }
    static func buildOptional(_ part: Int?) -> Int { part ?? 0 }
}

@Sum func digits(_ flag: Bool) -> Int {
    1
    2
    if flag {
        3
        4
    }
    5
}

print(digits(true))
print(digits(false))

// expect: first 3
// expect: acc 3 next 4
// expect: first 1
// expect: acc 1 next 2
// expect: acc 12 next 34
// expect: acc 154 next 5
// expect: 1545
// expect: first 1
// expect: acc 1 next 2
// expect: acc 12 next 0
// expect: acc 120 next 5
// expect: 1205
