// Benchmark: generics in a hot loop: a generic `Stack<T>` struct with mutating push/pop,
// used by a reverse-Polish-notation evaluator over generated expressions.
struct Stack<T> {
    private var items: [T] = []

    var isEmpty: Bool { return items.isEmpty }
    var count: Int { return items.count }

    mutating func push(_ item: T) {
        items.append(item)
    }

    mutating func pop() -> T? {
        return items.popLast()
    }

    func peek() -> T? {
        return items.last
    }
}

enum Token {
    case number(Int)
    case op(Character)
}

func evaluate(_ tokens: [Token]) -> Int? {
    var stack = Stack<Int>()
    for token in tokens {
        switch token {
        case .number(let n):
            stack.push(n)
        case .op(let symbol):
            guard let right = stack.pop(), let left = stack.pop() else {
                return nil
            }
            switch symbol {
            case "+": stack.push(left + right)
            case "-": stack.push(left - right)
            case "*": stack.push((left * right) % 100003)
            default: stack.push(right == 0 ? left : left / right)
            }
        }
    }
    return stack.count == 1 ? stack.peek() : nil
}

var seed = 77
func random(_ n: Int) -> Int {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed / 65536) % n
}

let operators: [Character] = ["+", "-", "*", "/"]
var expressions: [[Token]] = []
for _ in 0..<400 {
    var tokens: [Token] = [.number(1 + random(50))]
    for _ in 0..<40 {
        tokens.append(.number(1 + random(50)))
        tokens.append(.op(operators[random(operators.count)]))
    }
    expressions.append(tokens)
}

var names = Stack<String>()
var checksum = 0
for round in 0..<40 {
    for tokens in expressions {
        if let value = evaluate(tokens) {
            checksum = (checksum + value + round) % 1000003
        }
    }
    names.push("round\(round)")
}
print("checksum: \(checksum) \(names.count) \(names.peek() ?? "")")
