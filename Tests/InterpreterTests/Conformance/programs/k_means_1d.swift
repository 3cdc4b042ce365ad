import Foundation
let points = [1.0, 1.5, 2.0, 8.0, 9.0, 10.0, 25.0, 24.0]
var centroids = [0.0, 5.0, 20.0]
for iteration in 1...5 {
    var sums = [0.0, 0.0, 0.0]
    var counts = [0, 0, 0]
    for p in points {
        var best = 0
        for c in 1..<centroids.count where abs(p - centroids[c]) < abs(p - centroids[best]) {
            best = c
        }
        sums[best] += p
        counts[best] += 1
    }
    for c in 0..<centroids.count where counts[c] > 0 {
        centroids[c] = sums[c] / Double(counts[c])
    }
    print(iteration, centroids)
}

// expect: 1 [1.5, 9.0, 24.5]
// expect: 2 [1.5, 9.0, 24.5]
// expect: 3 [1.5, 9.0, 24.5]
// expect: 4 [1.5, 9.0, 24.5]
// expect: 5 [1.5, 9.0, 24.5]
