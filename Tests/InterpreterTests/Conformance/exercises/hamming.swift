// Hamming: count the point mutations between two DNA strands of equal length.
enum HammingError: Error {
    case differentLengths(Int, Int)
}

func hammingDistance(_ a: String, _ b: String) throws -> Int {
    guard a.count == b.count else { throw HammingError.differentLengths(a.count, b.count) }
    return zip(a, b).filter { $0 != $1 }.count
}
// cell
let pairs = [("", ""), ("A", "A"), ("G", "T"), ("GGACTGAAATCTG", "GGACTGAAATCTG"),
             ("GGACGGATTCTG", "AGGACGGATTCT"), ("AATG", "AAA"), ("ATA", "AGTG"), ("", "G"),
             ("GAGCCTACTAACGGGAT", "CATCGTAATGACGGCCT")]
for (a, b) in pairs {
    do {
        let d = try hammingDistance(a, b)
        print("\(a) vs \(b): \(d)")
    } catch HammingError.differentLengths(let x, let y) {
        print("\(a) vs \(b): lengths differ (\(x) and \(y))")
    } catch {
        print("unexpected", error)
    }
}
print(try? hammingDistance("AB", "ABC") as Any)

// expect:  vs : 0
// expect: A vs A: 0
// expect: G vs T: 1
// expect: GGACTGAAATCTG vs GGACTGAAATCTG: 0
// expect: GGACGGATTCTG vs AGGACGGATTCT: 9
// expect: AATG vs AAA: lengths differ (4 and 3)
// expect: ATA vs AGTG: lengths differ (3 and 4)
// expect:  vs G: lengths differ (0 and 1)
// expect: GAGCCTACTAACGGGAT vs CATCGTAATGACGGCCT: 7
// expect: nil
