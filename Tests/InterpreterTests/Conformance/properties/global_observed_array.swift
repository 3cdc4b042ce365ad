var log: [String] = [] {
    didSet { print("log has \(log.count) entries") }
}
log.append("start")
log.append("stop")
log[0] = "begin"
print(log)

// expect: log has 1 entries
// expect: log has 2 entries
// expect: log has 2 entries
// expect: ["begin", "stop"]
