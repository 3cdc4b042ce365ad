struct Tally {
    var hits = 0
    var actions: [() -> Int] = []
    mutating func fill() {
        for k in 1...3 where k != 2 {
            hits += k
            actions.append { k * 100 }
        }
    }
}

func makeCounters() -> [() -> Int] {
    var result: [() -> Int] = []
    var shared = 0
    for i in 0..<3 {
        var local = i
        result.append {
            shared += 1
            return local * 10 + shared
        }
        local += 5
    }
    return result
}

func firstLarge(_ xs: [Int]) -> Int {
    var seen: [() -> Int] = []
    outer: for x in xs {
        seen.append { x }
        for y in 0..<x {
            if y == 20 { continue outer }
        }
        if x > 10 { return x + seen.count }
    }
    return -1
}

func whileClosures() -> [Int] {
    var stack = [1, 2, 3]
    var fs: [() -> Int] = []
    while let top = stack.popLast() {
        let doubled = top * 2
        fs.append { doubled + top }
    }
    var n = 0
    repeat {
        let m = n
        fs.append { m * 1000 }
        n += 1
    } while n < 2
    return fs.map { $0() }
}

var t = Tally()
t.fill()
print(t.hits, t.actions.map { $0() })
print(makeCounters().map { $0() })
print(firstLarge([1, 2, 5, 11]), firstLarge([3]))
print(whileClosures())
let grids: [[() -> Int]] = [[1, 2], [3]].map {
    var out: [() -> Int] = []
    for v in $0 {
        let size = $0.count
        out.append { v * 10 + size }
    }
    return out
}
print(grids.map { $0.map { $0() } })
var labels: [() -> String] = []
for (i, name) in ["a", "b"].enumerated() {
    labels.append { "\(i):\(name)" }
}
for case let n? in [1, nil, 3] as [Int?] {
    labels.append { "n\(n)" }
}
print(labels.map { $0() })

// expect: 4 [100, 300]
// expect: [51, 62, 73]
// expect: 15 -1
// expect: [9, 6, 3, 0, 1000]
// expect: [[12, 22], [31]]
// expect: ["0:a", "1:b", "n1", "n3"]
