func describe(_ n: Int?) -> String {
    guard let n = n else {
        return "nothing"
    }
    return "value \(n)"
}
print(describe(4))
print(describe(nil))

// expect: value 4
// expect: nothing
