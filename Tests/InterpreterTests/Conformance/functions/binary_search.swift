func binarySearch(_ xs: [Int], _ target: Int) -> Int? {
    var lo = 0
    var hi = xs.count - 1
    while lo <= hi {
        let mid = (lo + hi) / 2
        if xs[mid] == target { return mid }
        if xs[mid] < target { lo = mid + 1 } else { hi = mid - 1 }
    }
    return nil
}
let data = [1, 3, 5, 7, 9, 11]
print(binarySearch(data, 7)!)
print(binarySearch(data, 4) == nil)

// expect: 3
// expect: true
