// Flatten array: flatten arbitrarily nested lists, dropping the nil entries.
indirect enum Nested<Value> {
    case value(Value)
    case none
    case list([Nested<Value>])

    var flattened: [Value] {
        switch self {
        case .value(let v): return [v]
        case .none: return []
        case .list(let items): return items.flatMap { $0.flattened }
        }
    }

    var depth: Int {
        switch self {
        case .value, .none: return 0
        case .list(let items): return 1 + (items.map(\.depth).max() ?? 0)
        }
    }
}

extension Nested: ExpressibleByArrayLiteral {
    init(arrayLiteral elements: Nested<Value>...) { self = .list(elements) }
}
// cell
let samples: [Nested<Int>] = [
    [],
    [.value(0), .value(1), .value(2)],
    [.value(1), [.value(2), .value(3), .value(4), .value(5), .value(6), .value(7)], .value(8)],
    [.value(0), .value(2), [[.value(2), .value(3)], .value(8), .value(100), .value(4), [[[.value(50)]]]], .value(-2)],
    [.value(1), [.value(2), [[.value(3)]], [.value(4), [[.value(5)]]], .value(6), .value(7)], .value(8)],
    [.value(0), .value(2), [[.value(2), .value(3)], .value(8), [[.value(100)]], .none, [[.none]]], .value(-2)],
    [.none, [[[.none]]], .none, .none, [[.none, .none], .none], .none],
]
for s in samples {
    print(s.flattened, "depth", s.depth)
}
let words: Nested<String> = [.value("a"), [.value("b"), [.value("c")]], .none, .value("d")]
print(words.flattened.joined(separator: "-"))

// expect: [] depth 1
// expect: [0, 1, 2] depth 1
// expect: [1, 2, 3, 4, 5, 6, 7, 8] depth 2
// expect: [0, 2, 2, 3, 8, 100, 4, 50, -2] depth 5
// expect: [1, 2, 3, 4, 5, 6, 7, 8] depth 5
// expect: [0, 2, 2, 3, 8, 100, -2] depth 4
// expect: [] depth 4
// expect: a-b-c-d
