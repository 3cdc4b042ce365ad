struct Config {
    static var count = 0
    static let limit = 3
    static var remaining: Int { limit - count }
    static func bump() { count += 1 }
}
Config.bump()
Config.bump()
print(Config.count, Config.remaining)
Config.count = 0
print(Config.remaining)

// expect: 2 1
// expect: 3
