let xs = [3, 1, 2]
let down = xs.sorted { $0 > $1 }
print(down)
let byLast = ["ab", "ca", "bb"].sorted { a, b in
    a.last! < b.last!
}
print(byLast)

// expect: [3, 2, 1]
// expect: ["ca", "ab", "bb"]
