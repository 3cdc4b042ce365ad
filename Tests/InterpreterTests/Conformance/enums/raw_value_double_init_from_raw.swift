enum Level: Int {
    case low = 10, mid = 20, high = 30
}
let levels = [10, 25, 30].map { Level(rawValue: $0) }
print(levels)

// expect: [Optional(main.Level.low), nil, Optional(main.Level.high)]
