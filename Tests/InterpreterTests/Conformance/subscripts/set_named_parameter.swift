struct Tally {
    private var counts: [String: Int] = [:]
    subscript(word: String) -> Int {
        get { counts[word] ?? 0 }
        set(count) { counts[word] = count }
    }
}
var t = Tally()
t["apple"] = 3
t["pear"] = t["apple"] + 1
print(t["apple"], t["pear"], t["fig"])

// expect: 3 4 0
