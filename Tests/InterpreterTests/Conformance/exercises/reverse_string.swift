// Reverse string: reverse by characters (grapheme clusters stay whole), and a few relatives.
extension String {
    var reversedString: String { String(reversed()) }

    var reversingWords: String { split(separator: " ").reversed().joined(separator: " ") }

    var isPalindrome: Bool {
        let letters = lowercased().filter { $0.isLetter || $0.isNumber }
        return letters == String(letters.reversed())
    }

    /// Reversed by hand with indices (what `reversed()` does for us).
    var reversedByIndex: String {
        var result = ""
        var i = endIndex
        while i > startIndex {
            i = index(before: i)
            result.append(self[i])
        }
        return result
    }
}
// cell
for s in ["", "robot", "Ramen", "I'm hungry!", "racecar", "drawer", "Wüßte", "café", "👍🏽 ok"] {
    print("\"\(s.reversedString)\"", s.reversedByIndex == s.reversedString, s.count)
}
print("the sky is blue".reversingWords)
for s in ["A man, a plan, a canal: Panama", "No lemon, no melon", "Swift", "12321"] {
    print(s, s.isPalindrome)
}

// expect: "" true 0
// expect: "tobor" true 5
// expect: "nemaR" true 5
// expect: "!yrgnuh m'I" true 11
// expect: "racecar" true 7
// expect: "reward" true 6
// expect: "etßüW" true 5
// expect: "éfac" true 4
// expect: "ko 👍🏽" true 4
// expect: blue is sky the
// expect: A man, a plan, a canal: Panama true
// expect: No lemon, no melon true
// expect: Swift false
// expect: 12321 true
