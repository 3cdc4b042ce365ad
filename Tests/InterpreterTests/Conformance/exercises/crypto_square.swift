// Crypto square: normalize, lay out in a near-square rectangle, read down the columns.
extension String {
    var normalizedForSquare: String { lowercased().filter { $0.isLetter || $0.isNumber } }

    var cryptoSquare: String {
        let text = Array(normalizedForSquare)
        guard !text.isEmpty else { return "" }
        var columns = 1
        while columns * columns < text.count { columns += 1 }
        let rows = columns * (columns - 1) >= text.count ? columns - 1 : columns
        return (0..<columns).map { c in
            String((0..<rows).map { r in r * columns + c < text.count ? text[r * columns + c] : " " })
        }.joined(separator: " ")
    }
}
// cell
for plain in ["", "A", "  b ", "@1,%!", "This is fun!", "Chill out.",
              "If man was meant to stay on the ground, god would have given us roots.",
              "Time is an illusion. Lunchtime doubly so.", "We all know interspecies romance is weird."] {
    print("\"\(plain.normalizedForSquare)\" -> \"\(plain.cryptoSquare)\"")
}

// expect: "" -> ""
// expect: "a" -> "a"
// expect: "b" -> "b"
// expect: "1" -> "1"
// expect: "thisisfun" -> "tsf hiu isn"
// expect: "chillout" -> "clu hlt io "
// expect: "ifmanwasmeanttostayonthegroundgodwouldhavegivenusroots" -> "imtgdvs fearwer mayoogo anouuio ntnnlvt wttddes aohghn  sseoau "
// expect: "timeisanillusionlunchtimedoublyso" -> "tasney inicds miohoo elntu  illib  suuml "
// expect: "weallknowinterspeciesromanceisweird" -> "wneiaw eorene awssci liprer lneoid ktcms "
