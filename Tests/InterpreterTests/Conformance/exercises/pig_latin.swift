// Pig Latin: move leading consonants (with "qu" and "y" rules) to the end and add "ay".
extension String {
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    var pigLatinWord: String {
        let chars = Array(self)
        if chars.isEmpty { return self }
        if Self.vowels.contains(chars[0]) || hasPrefix("xr") || hasPrefix("yt") { return self + "ay" }
        var split = 0
        while split < chars.count {
            let ch = chars[split]
            if Self.vowels.contains(ch) { break }
            if ch == "y" && split > 0 { break }
            if ch == "q" && split + 1 < chars.count && chars[split + 1] == "u" { split += 2; break }
            split += 1
        }
        return String(chars[split...] + chars[..<split]) + "ay"
    }

    var pigLatin: String { split(separator: " ").map { String($0).pigLatinWord }.joined(separator: " ") }
}
// cell
for phrase in ["apple", "ear", "igloo", "object", "under", "equal", "pig", "koala", "xenon", "qat", "chair",
               "queen", "square", "therapy", "thrush", "school", "yttria", "xray", "yellow", "rhythm", "my",
               "quick fast run", "the quick brown fox"] {
    print(phrase, "->", phrase.pigLatin)
}

// expect: apple -> appleay
// expect: ear -> earay
// expect: igloo -> iglooay
// expect: object -> objectay
// expect: under -> underay
// expect: equal -> equalay
// expect: pig -> igpay
// expect: koala -> oalakay
// expect: xenon -> enonxay
// expect: qat -> atqay
// expect: chair -> airchay
// expect: queen -> eenquay
// expect: square -> aresquay
// expect: therapy -> erapythay
// expect: thrush -> ushthray
// expect: school -> oolschay
// expect: yttria -> yttriaay
// expect: xray -> xrayay
// expect: yellow -> ellowyay
// expect: rhythm -> ythmrhay
// expect: my -> ymay
// expect: quick fast run -> ickquay astfay unray
// expect: the quick brown fox -> ethay ickquay ownbray oxfay
