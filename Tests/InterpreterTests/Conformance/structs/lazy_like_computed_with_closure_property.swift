struct Filter {
    var threshold: Int
    var test: (Int) -> Bool {
        return { $0 > threshold }
    }
}
let f = Filter(threshold: 3)
print([1, 5, 2, 8].filter(f.test))

// expect: [5, 8]
