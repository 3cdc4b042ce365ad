extension Array where Element == Double {
    var mean: Double {
        isEmpty ? 0 : reduce(0, +) / Double(count)
    }

    var variance: Double {
        let m = mean
        return map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(count)
    }
}

let xs: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
print(xs.mean, xs.variance)
print([1.5, 2.5].mean)
let empty: [Double] = []
print(empty.mean)

// expect: 5.0 4.0
// expect: 2.0
// expect: 0.0
