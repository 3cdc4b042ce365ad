// Benchmark: build a text from a fixed vocabulary, split it into words, count them in a
// dictionary and sort the most frequent. A linear congruential generator picks the words.
let vocabulary = ["the", "neuron", "learns", "a", "weight", "and", "bias", "from", "data",
                  "gradient", "descent", "loss", "layer", "tensor", "epoch", "swift",
                  "python", "notebook", "cell", "model", "train", "test", "accuracy",
                  "batch", "dense", "relu", "sigmoid", "softmax", "input", "output"]
var seed = 7
func nextIndex(_ n: Int) -> Int {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed / 65536) % n
}

var lines: [String] = []
for _ in 0..<50000 {
    var words: [String] = []
    let length = 5 + nextIndex(10)
    for _ in 0..<length {
        // Squaring the index skews the distribution so the top words differ in count.
        let r = nextIndex(vocabulary.count)
        words.append(vocabulary[r * r / vocabulary.count])
    }
    lines.append(words.joined(separator: " "))
}
let text = lines.joined(separator: "\n")

var counts: [String: Int] = [:]
var total = 0
for line in text.split(separator: "\n") {
    for word in line.split(separator: " ") {
        counts[String(word), default: 0] += 1
        total += 1
    }
}
let ranked = counts.sorted { a, b in
    a.value != b.value ? a.value > b.value : a.key < b.key
}
let top = ranked.prefix(5).map { "\($0.key)=\($0.value)" }.joined(separator: ",")
print("checksum: words=\(total) distinct=\(counts.count) top=\(top)")
