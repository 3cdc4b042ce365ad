extension String {
    var words: [String] {
        split(separator: " ").map { String($0) }.filter { !$0.isEmpty }
    }

    func frequency() -> [Character: Int] {
        var f: [Character: Int] = [:]
        for c in lowercased() where c.isLetter { f[c, default: 0] += 1 }
        return f
    }
}

extension Dictionary where Key == Character, Value == Int {
    func top(_ n: Int) -> [String] {
        sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(n)
            .map { "\($0.key)=\($0.value)" }
    }
}

extension Array where Element == String {
    var longest: String? { self.max { $0.count < $1.count } }
    func capitalizedAll() -> [String] { map { $0.prefix(1).uppercased() + $0.dropFirst() } }
}

let text = "the quick brown fox jumps over the lazy dog the end"
let ws = text.words
print(ws.count, ws.longest!)
print(ws.prefix(3).map { $0 }.capitalizedAll())
print(text.frequency().top(3))
var seen = Set<String>()
let unique = ws.filter { seen.insert($0).inserted }
print(unique.count)

// expect: 11 quick
// expect: ["The", "Quick", "Brown"]
// expect: ["e=5", "o=4", "h=3"]
// expect: 9
