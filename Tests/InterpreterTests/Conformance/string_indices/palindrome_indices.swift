func isPalindrome(_ s: String) -> Bool {
    let chars = s.lowercased().filter { $0.isLetter }
    guard !chars.isEmpty else { return true }
    var lo = chars.startIndex
    var hi = chars.index(before: chars.endIndex)
    while lo < hi {
        if chars[lo] != chars[hi] { return false }
        lo = chars.index(after: lo)
        hi = chars.index(before: hi)
    }
    return true
}
print(isPalindrome("A man, a plan, a canal: Panama"))
print(isPalindrome("Swift"))
print(isPalindrome(""))

// expect: true
// expect: false
// expect: true
