struct Record {
    var id: Int
    var tags: [String]
    var parent: Int?
}
print(Record(id: 1, tags: ["a"], parent: nil))
print(Record(id: 2, tags: [], parent: 1))

// expect: Record(id: 1, tags: ["a"], parent: nil)
// expect: Record(id: 2, tags: [], parent: Optional(1))
