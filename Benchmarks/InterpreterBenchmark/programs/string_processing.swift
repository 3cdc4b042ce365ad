// Benchmark: string processing: classify characters, reverse the words of sentences,
// find palindromes, and build a title-cased copy character by character.
let pieces = ["level", "Swift", "radar", "code", "noon", "Kayak", "42", "data", "stats",
              "rotor", "hello", "Madam", "x7", "civic", "loop", "refer", "!", "tenet"]

var seed = 13
func random(_ n: Int) -> Int {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed / 65536) % n
}

func isPalindrome(_ word: String) -> Bool {
    let chars = Array(word.lowercased())
    var i = 0
    var j = chars.count - 1
    while i < j {
        if chars[i] != chars[j] {
            return false
        }
        i += 1
        j -= 1
    }
    return true
}

func reverseWords(_ sentence: String) -> String {
    let words = sentence.split(separator: " ")
    return words.reversed().joined(separator: " ")
}

var letters = 0
var digits = 0
var uppercase = 0
var spaces = 0
var palindromes = 0
var reversedLength = 0
var titleHash = 0
for _ in 0..<9000 {
    var sentence = ""
    for k in 0..<8 {
        if k > 0 {
            sentence += " "
        }
        sentence += pieces[random(pieces.count)]
    }
    for ch in sentence {
        if ch.isLetter {
            letters += 1
            if ch.isUppercase {
                uppercase += 1
            }
        } else if ch.isNumber {
            digits += 1
        } else if ch == " " {
            spaces += 1
        }
    }
    for word in sentence.split(separator: " ") where isPalindrome(String(word)) {
        palindromes += 1
    }
    let reversed = reverseWords(sentence)
    reversedLength += reversed.count

    var title = ""
    var startOfWord = true
    for ch in sentence {
        if startOfWord {
            title += ch.uppercased()
        } else {
            title.append(ch)
        }
        startOfWord = ch == " "
    }
    titleHash = (titleHash * 31 + title.count + (title.hasPrefix("S") ? 1 : 0)) % 1000003
}
print("checksum: \(letters) \(digits) \(uppercase) \(spaces) \(palindromes) \(reversedLength) \(titleHash)")
