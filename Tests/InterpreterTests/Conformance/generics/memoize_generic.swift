struct Cache<Key: Hashable, Value> {
    var store: [Key: Value] = [:]
    var hits = 0
    var misses = 0

    mutating func get(_ k: Key, _ compute: (Key) -> Value) -> Value {
        if let v = store[k] {
            hits += 1
            return v
        }
        misses += 1
        let v = compute(k)
        store[k] = v
        return v
    }
}

var c = Cache<Int, String>()
for k in [1, 2, 1, 3, 2, 1] {
    _ = c.get(k) { String(repeating: "#", count: $0) }
}
print(c.hits, c.misses, c.store[3]!)

// expect: 3 3 ###
