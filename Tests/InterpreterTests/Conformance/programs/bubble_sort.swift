func bubbleSort(_ input: [Int]) -> [Int] {
    var a = input
    var swapped = true
    var passes = 0
    while swapped {
        swapped = false
        passes += 1
        for i in 0..<(a.count - 1) {
            if a[i] > a[i + 1] {
                a.swapAt(i, i + 1)
                swapped = true
            }
        }
    }
    print("passes:", passes)
    return a
}
let data = [64, 34, 25, 12, 22, 11, 90]
print(bubbleSort(data))
print(data)
print(bubbleSort([1, 2, 3]))

// expect: passes: 6
// expect: [11, 12, 22, 25, 34, 64, 90]
// expect: [64, 34, 25, 12, 22, 11, 90]
// expect: passes: 1
// expect: [1, 2, 3]
