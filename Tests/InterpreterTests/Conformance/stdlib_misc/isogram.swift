func isIsogram(_ s: String) -> Bool {
    let letters = s.lowercased().filter { $0.isLetter }
    return Set(letters).count == letters.count
}
print(isIsogram("lumberjacks"), isIsogram("isograms"), isIsogram("six-year-old"))

// expect: true false true
