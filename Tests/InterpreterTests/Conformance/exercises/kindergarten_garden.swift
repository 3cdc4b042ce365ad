// Kindergarten garden: each child owns two cups in each of the two window rows.
enum Plant: Character, CustomStringConvertible {
    case grass = "G", clover = "C", radishes = "R", violets = "V"
    var description: String {
        switch self {
        case .grass: return "grass"
        case .clover: return "clover"
        case .radishes: return "radishes"
        case .violets: return "violets"
        }
    }
}

struct Garden {
    static let defaultChildren = ["Alice", "Bob", "Charlie", "David", "Eve", "Fred", "Ginny", "Harriet",
                                  "Ileana", "Joseph", "Kincaid", "Larry"]
    private let rows: [[Plant]]
    private let children: [String]

    init(_ diagram: String, children: [String] = Garden.defaultChildren) {
        rows = diagram.split(separator: "\n").map { $0.compactMap { Plant(rawValue: $0) } }
        self.children = children.sorted()
    }

    func plants(for child: String) -> [Plant] {
        guard let index = children.firstIndex(of: child) else { return [] }
        return rows.flatMap { row in row[(2 * index)..<(2 * index + 2)] }
    }
}
// cell
let small = Garden("RC\nGG")
print(small.plants(for: "Alice"))
print(Garden("VC\nRC").plants(for: "Alice"))
let two = Garden("VVCG\nVVRC")
print(two.plants(for: "Bob"))
let full = Garden("VRCGVVRVCGGCCGVRGCVCGCGV\nVRCCCGCRRGVCGCRVVCVGCGCV")
for child in ["Alice", "Bob", "Charlie", "David", "Eve", "Fred", "Ginny", "Harriet", "Ileana", "Joseph", "Kincaid", "Larry", "Nobody"] {
    print(child, full.plants(for: child))
}
let custom = Garden("VCRRGVRG\nRVGCCGCV", children: ["Samantha", "Patricia", "Xander", "Roger"])
print(custom.plants(for: "Patricia"), custom.plants(for: "Xander"))

// expect: [radishes, clover, grass, grass]
// expect: [violets, clover, radishes, clover]
// expect: [clover, grass, radishes, clover]
// expect: Alice [violets, radishes, violets, radishes]
// expect: Bob [clover, grass, clover, clover]
// expect: Charlie [violets, violets, clover, grass]
// expect: David [radishes, violets, clover, radishes]
// expect: Eve [clover, grass, radishes, grass]
// expect: Fred [grass, clover, violets, clover]
// expect: Ginny [clover, grass, grass, clover]
// expect: Harriet [violets, radishes, radishes, violets]
// expect: Ileana [grass, clover, violets, clover]
// expect: Joseph [violets, clover, violets, grass]
// expect: Kincaid [grass, clover, clover, grass]
// expect: Larry [grass, violets, clover, violets]
// expect: Nobody []
// expect: [violets, clover, radishes, violets] [radishes, grass, clover, violets]
