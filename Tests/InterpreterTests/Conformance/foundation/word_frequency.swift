import Foundation
let text = "It was the best of times, it was the worst of times."
let words = text.lowercased()
    .components(separatedBy: CharacterSet.punctuationCharacters.union(.whitespaces))
    .filter { !$0.isEmpty }
let counts = words.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
for (w, n) in counts.sorted(by: { $0.value == $1.value ? $0.key < $1.key : $0.value > $1.value }).prefix(4) {
    print(w, n)
}

// expect: it 2
// expect: of 2
// expect: the 2
// expect: times 2
