// Benchmark: build ~830k words by appending syllables to strings, count them with
// `counts[w, default: 0] += 1`, then sort the dictionary by count and by key.
let syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi"]

var seed = 11
func random(_ n: Int) -> Int {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed / 65536) % n
}

var words: [String] = []
for _ in 0..<250000 {
    var word = ""
    let parts = 1 + random(3)
    for _ in 0..<parts {
        word += syllables[random(syllables.count)]
    }
    words.append(word)
}
// Every word also appears with a suffix, so the list holds about 830,000 strings.
var all: [String] = []
for word in words {
    all.append(word)
    all.append(word + "s")
    all.append(word + "er")
    if word.count > 4 {
        all.append(String(word.prefix(4)))
    }
}

var counts: [String: Int] = [:]
var lengths: [Int: Int] = [:]
for w in all {
    counts[w, default: 0] += 1
    lengths[w.count, default: 0] += 1
}

let ranked = counts.sorted { a, b in
    if a.value != b.value {
        return a.value > b.value
    }
    return a.key < b.key
}
var checksum = 0
for (i, entry) in ranked.enumerated() {
    checksum = (checksum * 31 + entry.value * (i + 1)) % 1000003
}
var keyed = 0
for key in counts.keys.sorted() {
    keyed = (keyed * 7 + counts[key]! + key.count) % 1000003
}
let top = ranked.prefix(3).map { "\($0.key):\($0.value)" }.joined(separator: ",")
let longest = lengths.keys.max() ?? 0
print("checksum: \(all.count) \(counts.count) \(checksum) \(keyed) \(longest) \(top)")
