func isPalindrome(_ s: String) -> Bool {
    let chars = Array(s.lowercased())
    var i = 0
    var j = chars.count - 1
    while i < j {
        if chars[i] != chars[j] { return false }
        i += 1
        j -= 1
    }
    return true
}
print(isPalindrome("Racecar"))
print(isPalindrome("Swift"))

// expect: true
// expect: false
