// Protein translation: RNA codons to amino acids until a STOP codon.
enum TranslationError: Error { case invalidCodon(String) }

enum Protein {
    private static let table: [String: String] = {
        var t: [String: String] = [:]
        let groups: [(String, [String])] = [
            ("Methionine", ["AUG"]), ("Phenylalanine", ["UUU", "UUC"]), ("Leucine", ["UUA", "UUG"]),
            ("Serine", ["UCU", "UCC", "UCA", "UCG"]), ("Tyrosine", ["UAU", "UAC"]), ("Cysteine", ["UGU", "UGC"]),
            ("Tryptophan", ["UGG"]), ("STOP", ["UAA", "UAG", "UGA"]),
        ]
        for (name, codons) in groups {
            for c in codons { t[c] = name }
        }
        return t
    }()

    static func translate(_ rna: String) throws -> [String] {
        var proteins: [String] = []
        var index = rna.startIndex
        while index < rna.endIndex {
            let end = rna.index(index, offsetBy: 3, limitedBy: rna.endIndex) ?? rna.endIndex
            let codon = String(rna[index..<end])
            guard let name = table[codon] else { throw TranslationError.invalidCodon(codon) }
            if name == "STOP" { break }
            proteins.append(name)
            index = end
        }
        return proteins
    }
}
// cell
for rna in ["", "AUG", "UUUUUC", "UUAUUG", "UCUUCCUCAUCG", "UAUUAC", "UGGUGUUAUUAAUGGUUU", "AUGUUUUAA",
            "UAGUGG", "UGGUAGUGG", "UGGUGGUAG", "AUGUUUUCUUAAAUG", "AAA", "XYZ", "AUGU", "UUCUUCUAAUGGU"] {
    do {
        print("\(rna): \(try Protein.translate(rna))")
    } catch TranslationError.invalidCodon(let c) {
        print("\(rna): invalid codon \(c)")
    }
}

// expect: : []
// expect: AUG: ["Methionine"]
// expect: UUUUUC: ["Phenylalanine", "Phenylalanine"]
// expect: UUAUUG: ["Leucine", "Leucine"]
// expect: UCUUCCUCAUCG: ["Serine", "Serine", "Serine", "Serine"]
// expect: UAUUAC: ["Tyrosine", "Tyrosine"]
// expect: UGGUGUUAUUAAUGGUUU: ["Tryptophan", "Cysteine", "Tyrosine"]
// expect: AUGUUUUAA: ["Methionine", "Phenylalanine"]
// expect: UAGUGG: []
// expect: UGGUAGUGG: ["Tryptophan"]
// expect: UGGUGGUAG: ["Tryptophan", "Tryptophan"]
// expect: AUGUUUUCUUAAAUG: ["Methionine", "Phenylalanine", "Serine"]
// expect: AAA: invalid codon AAA
// expect: XYZ: invalid codon XYZ
// expect: AUGU: invalid codon U
// expect: UUCUUCUAAUGGU: ["Phenylalanine", "Phenylalanine"]
