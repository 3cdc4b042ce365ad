let d = ["pear": 3, "apple": 5, "fig": 1]
for key in d.keys.sorted() {
    print("\(key): \(d[key]!)")
}

// expect: apple: 5
// expect: fig: 1
// expect: pear: 3
