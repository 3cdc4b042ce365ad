// A Set compared with an array literal (the literal is a Set), and removing at a Set index.
let rolled = Set([3, 1, 2, 5, 4])
print(rolled == [1, 2, 3, 4, 5], rolled == [2, 3, 4, 5, 6], rolled != [1, 2, 3, 4, 5])
var factors = Set([0, 3, 5])
if let zero = factors.firstIndex(of: 0) {
    let removed = factors.remove(at: zero)
    print(removed)
}
print(factors.sorted(), factors.count)

// expect: true false false
// expect: 0
// expect: [3, 5] 2
