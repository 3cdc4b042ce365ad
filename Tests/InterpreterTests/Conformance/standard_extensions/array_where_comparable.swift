extension Array where Element: Comparable {
    func isSortedAscending() -> Bool {
        if count < 2 { return true }
        for i in 1..<count where self[i - 1] > self[i] { return false }
        return true
    }

    var secondLargest: Element? {
        let s = sorted()
        return s.count > 1 ? s[s.count - 2] : nil
    }
}

print([1, 2, 2, 5].isSortedAscending(), [3, 1].isSortedAscending())
print(["a", "c", "b"].isSortedAscending())
print([4, 9, 1].secondLargest!)

// expect: true false
// expect: false
// expect: 4
