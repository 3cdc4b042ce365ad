enum Reply { case ok(Int), fail }
func value(_ r: Reply) -> Int {
    guard case .ok(let v) = r else { return -1 }
    return v
}
print(value(.ok(4)), value(.fail))

// expect: 4 -1
