// ETL: turn {score: [letters]} into {letter: score}.
typealias LegacyData = [Int: [String]]
typealias ScoreTable = [String: Int]

func transform(_ legacy: LegacyData) -> ScoreTable {
    var result: ScoreTable = [:]
    for (score, letters) in legacy {
        for letter in letters { result[letter.lowercased()] = score }
    }
    return result
}

func render(_ table: ScoreTable) -> String {
    table.keys.sorted().map { "\($0)=\(table[$0]!)" }.joined(separator: " ")
}
// cell
print(render(transform([1: ["A"]])))
print(render(transform([1: ["A", "E", "I", "O", "U"]])))
print(render(transform([1: ["A", "E"], 2: ["D", "G"]])))
let full: LegacyData = [1: ["A", "E", "I", "O", "U", "L", "N", "R", "S", "T"], 2: ["D", "G"], 3: ["B", "C", "M", "P"],
                        4: ["F", "H", "V", "W", "Y"], 5: ["K"], 8: ["J", "X"], 10: ["Q", "Z"]]
let table = transform(full)
print(render(table))
print(table.count, table["q"] ?? 0, table.values.reduce(0, +))
let inverted = Dictionary(grouping: table.keys.sorted(), by: { table[$0]! })
print(inverted.keys.sorted().map { "\($0): \(inverted[$0]!.joined())" })

// expect: a=1
// expect: a=1 e=1 i=1 o=1 u=1
// expect: a=1 d=2 e=1 g=2
// expect: a=1 b=3 c=3 d=2 e=1 f=4 g=2 h=4 i=1 j=8 k=5 l=1 m=3 n=1 o=1 p=3 q=10 r=1 s=1 t=1 u=1 v=4 w=4 x=8 y=4 z=10
// expect: 26 10 87
// expect: ["1: aeilnorstu", "2: dg", "3: bcmp", "4: fhvwy", "5: k", "8: jx", "10: qz"]
