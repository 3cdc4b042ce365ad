extension String {
    var isPalindrome: Bool {
        let letters = self.lowercased().filter { $0.isLetter }
        return letters == String(letters.reversed())
    }

    func repeatedWords(_ n: Int) -> String {
        Array(repeating: self, count: n).joined(separator: " ")
    }

    var vowelCount: Int { filter { "aeiou".contains($0) }.count }
}

print("Racecar".isPalindrome, "hello".isPalindrome)
print("ha".repeatedWords(3))
print("education".vowelCount)
let words = ["level", "swift", "noon"]
print(words.filter { $0.isPalindrome })

// expect: true false
// expect: ha ha ha
// expect: 5
// expect: ["level", "noon"]
