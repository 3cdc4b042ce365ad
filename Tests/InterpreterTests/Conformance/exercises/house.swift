// House: the cumulative nursery rhyme "This is the house that Jack built."
struct House {
    private static let pieces: [(noun: String, verb: String)] = [
        ("house that Jack built.", ""), ("malt", "lay in"), ("rat", "ate"), ("cat", "killed"),
        ("dog", "worried"), ("cow with the crumpled horn", "tossed"), ("maiden all forlorn", "milked"),
        ("man all tattered and torn", "kissed"), ("priest all shaven and shorn", "married"),
        ("rooster that crowed in the morn", "woke"), ("farmer sowing his corn", "kept"),
        ("horse and the hound and the horn", "belonged to"),
    ]

    static func verse(_ n: Int) -> String {
        var parts = ["This is the \(pieces[n - 1].noun)"]
        for i in stride(from: n - 1, to: 0, by: -1) {
            parts.append("that \(pieces[i].verb) the \(pieces[i - 1].noun)")
        }
        return parts.joined(separator: " ")
    }

    static func recite(from start: Int, to end: Int) -> [String] { (start...end).map(verse) }
}
// cell
print(House.verse(1))
print(House.verse(2))
print(House.verse(5))
for line in House.recite(from: 10, to: 12) { print(line) }
print(House.recite(from: 1, to: 12).map(\.count))

// expect: This is the house that Jack built.
// expect: This is the malt that lay in the house that Jack built.
// expect: This is the dog that worried the cat that killed the rat that ate the malt that lay in the house that Jack built.
// expect: This is the rooster that crowed in the morn that woke the priest all shaven and shorn that married the man all tattered and torn that kissed the maiden all forlorn that milked the cow with the crumpled horn that tossed the dog that worried the cat that killed the rat that ate the malt that lay in the house that Jack built.
// expect: This is the farmer sowing his corn that kept the rooster that crowed in the morn that woke the priest all shaven and shorn that married the man all tattered and torn that kissed the maiden all forlorn that milked the cow with the crumpled horn that tossed the dog that worried the cat that killed the rat that ate the malt that lay in the house that Jack built.
// expect: This is the horse and the hound and the horn that belonged to the farmer sowing his corn that kept the rooster that crowed in the morn that woke the priest all shaven and shorn that married the man all tattered and torn that kissed the maiden all forlorn that milked the cow with the crumpled horn that tossed the dog that worried the cat that killed the rat that ate the malt that lay in the house that Jack built.
// expect: [34, 55, 72, 92, 113, 156, 191, 233, 278, 324, 361, 415]
