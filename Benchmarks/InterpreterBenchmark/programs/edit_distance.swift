// Benchmark: dynamic programming over a 2-D table: Levenshtein distance and the longest
// common subsequence between pairs of generated strings, as arrays of Character.
let letters = Array("acgt")

var seed = 17
func random(_ n: Int) -> Int {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed / 65536) % n
}

func makeWord(_ length: Int) -> String {
    var s = ""
    for _ in 0..<length {
        s.append(letters[random(letters.count)])
    }
    return s
}

func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a)
    let y = Array(b)
    var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in 0...x.count {
        table[i][0] = i
    }
    for j in 0...y.count {
        table[0][j] = j
    }
    for i in 1...x.count {
        for j in 1...y.count {
            let cost = x[i - 1] == y[j - 1] ? 0 : 1
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        }
    }
    return table[x.count][y.count]
}

func lcsLength(_ a: String, _ b: String) -> Int {
    let x = Array(a)
    let y = Array(b)
    var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in 1...x.count {
        for j in 1...y.count {
            if x[i - 1] == y[j - 1] {
                table[i][j] = table[i - 1][j - 1] + 1
            } else {
                table[i][j] = max(table[i - 1][j], table[i][j - 1])
            }
        }
    }
    return table[x.count][y.count]
}

var distances = 0
var common = 0
for _ in 0..<14 {
    let a = makeWord(150 + random(50))
    let b = makeWord(150 + random(50))
    distances += editDistance(a, b)
    common += lcsLength(a, b)
}
print("checksum: \(distances) \(common)")
