// Nucleotide count: count A, C, G and T in a strand; reject anything else.
enum Nucleotide: Character, CaseIterable, Comparable {
    case adenine = "A", cytosine = "C", guanine = "G", thymine = "T"

    static func < (a: Nucleotide, b: Nucleotide) -> Bool { a.rawValue < b.rawValue }
}

struct DNA {
    enum Invalid: Error { case nucleotide(Character, position: Int) }

    let strand: [Nucleotide]

    init(_ text: String) throws {
        strand = try text.enumerated().map { offset, ch in
            guard let n = Nucleotide(rawValue: ch) else { throw Invalid.nucleotide(ch, position: offset) }
            return n
        }
    }

    func counts() -> [Nucleotide: Int] {
        var result = Dictionary(uniqueKeysWithValues: Nucleotide.allCases.map { ($0, 0) })
        for n in strand { result[n, default: 0] += 1 }
        return result
    }
}
// cell
for text in ["", "G", "GGGGGGG", "AGCTTTTCATTCTGACTGCAACGGGCAATATGTCTCTGTGTGGATTAAAAAAAGAGTGTCTGATAGCAGC", "AGXXACT", "ACGU"] {
    do {
        let counts = try DNA(text).counts()
        let line = counts.sorted { $0.key < $1.key }.map { "\($0.key.rawValue): \($0.value)" }.joined(separator: " ")
        print(line)
    } catch DNA.Invalid.nucleotide(let ch, let position) {
        print("invalid nucleotide '\(ch)' at \(position)")
    } catch {
        print(error)
    }
}
print(Nucleotide.allCases.map { String($0.rawValue) }.joined(), Nucleotide.allCases.count)

// expect: A: 0 C: 0 G: 0 T: 0
// expect: A: 0 C: 0 G: 1 T: 0
// expect: A: 0 C: 0 G: 7 T: 0
// expect: A: 20 C: 12 G: 17 T: 21
// expect: invalid nucleotide 'X' at 2
// expect: invalid nucleotide 'U' at 3
// expect: ACGT 4
