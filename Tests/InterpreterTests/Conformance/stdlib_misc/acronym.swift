import Foundation
func acronym(_ phrase: String) -> String {
    phrase.components(separatedBy: CharacterSet(charactersIn: " -"))
        .compactMap { $0.first }
        .map { $0.uppercased() }
        .joined()
}
print(acronym("Portable Network Graphics"), acronym("Complementary metal-oxide semiconductor"))

// expect: PNG CMOS
