@resultBuilder
enum ListBuilder {
    static func buildBlock(_ parts: [Int]...) -> [Int] { parts.flatMap { $0 } }
    static func buildExpression(_ n: Int) -> [Int] { [n] }
    static func buildExpression(_ ns: [Int]) -> [Int] { ns }
    static func buildOptional(_ part: [Int]?) -> [Int] { part ?? [] }
    static func buildEither(first part: [Int]) -> [Int] { part }
    static func buildEither(second part: [Int]) -> [Int] { part }
    static func buildArray(_ parts: [[Int]]) -> [Int] { parts.flatMap { $0 } }
}

@ListBuilder func numbers(upTo n: Int, evensOnly: Bool) -> [Int] {
    0
    for i in 1...n {
        if evensOnly {
            if i % 2 == 0 { i }
        } else {
            i
        }
    }
    if n > 3 {
        [100, 200]
    } else {
        -1
    }
}

print(numbers(upTo: 5, evensOnly: false))
print(numbers(upTo: 6, evensOnly: true))
print(numbers(upTo: 2, evensOnly: false))

// expect: [0, 1, 2, 3, 4, 5, 100, 200]
// expect: [0, 2, 4, 6, 100, 200]
// expect: [0, 1, 2, -1]
