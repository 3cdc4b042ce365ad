import Foundation
let line = "  name: Ada  "
let colon = line.firstIndex(of: ":")!
let value = line[line.index(after: colon)...]
print(value.trimmingCharacters(in: .whitespaces))
print(value.contains("Ada"), value.count)
let parts = line.split(separator: ":")
print(parts.count)
print(Array(value.reversed()).count)

// expect: Ada
// expect: true 6
// expect: 2
// expect: 6
