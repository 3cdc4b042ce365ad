extension Character {
    var isVowel: Bool { "aeiouAEIOU".contains(self) }
}

extension Bool {
    var asInt: Int { self ? 1 : 0 }
}

let word = "Programming"
print(word.filter { $0.isVowel })
print(word.filter { !$0.isVowel }.count)
print(true.asInt + false.asInt + true.asInt)
let flags = [true, false, true, true]
print(flags.map { $0.asInt })

// expect: oai
// expect: 8
// expect: 2
// expect: [1, 0, 1, 1]
