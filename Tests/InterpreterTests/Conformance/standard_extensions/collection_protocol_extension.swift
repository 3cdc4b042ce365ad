extension Collection {
    var isNotEmpty: Bool { !isEmpty }

    func chunkCount(of size: Int) -> Int {
        (count + size - 1) / size
    }
}

print([1, 2, 3].isNotEmpty, [Int]().isNotEmpty)
print("hello".isNotEmpty, "".isNotEmpty)
print([1, 2, 3, 4, 5].chunkCount(of: 2))
let s: Set = ["a", "b"]
print(s.isNotEmpty, s.chunkCount(of: 3))

// expect: true false
// expect: true false
// expect: 3
// expect: true 1
