struct Lookup {
    let pairs = [("one", 1), ("two", 2)]
    subscript(key: String) -> Int? {
        for (k, v) in pairs where k == key { return v }
        return nil
    }
}
let l = Lookup()
if let n = l["two"] { print("found", n) }
print(l["three"] == nil)
print(l["one"]! + 10)

// expect: found 2
// expect: true
// expect: 11
