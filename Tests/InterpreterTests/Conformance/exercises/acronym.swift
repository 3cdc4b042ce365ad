// Acronym: "Portable Network Graphics" -> "PNG" (hyphens split words, other punctuation is dropped).
extension String {
    var acronym: String {
        let words = split { $0 == " " || $0 == "-" || $0 == "_" }
        return words.compactMap { word in word.first(where: \.isLetter) }
            .map { String($0).uppercased() }
            .joined()
    }
}
// cell
let phrases = ["Portable Network Graphics", "Ruby on Rails", "First In, First Out", "GNU Image Manipulation Program",
               "Complementary metal-oxide semiconductor", "Rolling On The Floor Laughing So Hard That My Dogs Came Over And Licked Me",
               "Something - I made up from thin air", "Halley's Comet", "The Road _Not_ Taken", "hyper text markup language", ""]
for p in phrases {
    print("\(p) -> \(p.acronym)")
}

// expect: Portable Network Graphics -> PNG
// expect: Ruby on Rails -> ROR
// expect: First In, First Out -> FIFO
// expect: GNU Image Manipulation Program -> GIMP
// expect: Complementary metal-oxide semiconductor -> CMOS
// expect: Rolling On The Floor Laughing So Hard That My Dogs Came Over And Licked Me -> ROTFLSHTMDCOALM
// expect: Something - I made up from thin air -> SIMUFTA
// expect: Halley's Comet -> HC
// expect: The Road _Not_ Taken -> TRNT
// expect: hyper text markup language -> HTML
// expect:  -> 
