enum E: Error { case x }
var log: [String] = []
for i in 0..<4 {
    do {
        if i % 2 == 1 { throw E.x }
        log.append("ok\(i)")
    } catch {
        log.append("err\(i)")
    }
}
print(log)

// expect: ["ok0", "err1", "ok2", "err3"]
