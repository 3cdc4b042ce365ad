// Diamond: a diamond of letters from 'A' to the given letter.
struct Diamond {
    let letter: Character

    var rows: [String] {
        guard let top = letter.asciiValue, top >= 65, top <= 90 else { return [] }
        let n = Int(top - 65)
        let half = (0...n).map { i -> String in
            let ch = Character(UnicodeScalar(UInt8(65 + i)))
            var row = Array(repeating: Character(" "), count: 2 * n + 1)
            row[n - i] = ch
            row[n + i] = ch
            return String(row)
        }
        return half + half.dropLast().reversed()
    }
}
// cell
for letter in ["A", "B", "C", "E"] as [Character] {
    print("-- \(letter)")
    for row in Diamond(letter: letter).rows { print("|\(row)|") }
}
let z = Diamond(letter: "Z").rows
print(z.count, z[0].count, z[25].first!, z[25].last!, z[13].filter { $0 != " " })
print(Diamond(letter: "a").rows)

// expect: -- A
// expect: |A|
// expect: -- B
// expect: | A |
// expect: |B B|
// expect: | A |
// expect: -- C
// expect: |  A  |
// expect: | B B |
// expect: |C   C|
// expect: | B B |
// expect: |  A  |
// expect: -- E
// expect: |    A    |
// expect: |   B B   |
// expect: |  C   C  |
// expect: | D     D |
// expect: |E       E|
// expect: | D     D |
// expect: |  C   C  |
// expect: |   B B   |
// expect: |    A    |
// expect: 51 51 Z Z NN
// expect: []
