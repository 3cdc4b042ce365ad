import Foundation
let csv = "a,b,,c"
print(csv.components(separatedBy: ","))
let messy = "one  two\tthree\nfour"
print(messy.components(separatedBy: .whitespacesAndNewlines))
print(messy.components(separatedBy: .whitespacesAndNewlines).filter { !$0.isEmpty })
print("a-b_c".components(separatedBy: CharacterSet(charactersIn: "-_")))

// expect: ["a", "b", "", "c"]
// expect: ["one", "", "two", "three", "four"]
// expect: ["one", "two", "three", "four"]
// expect: ["a", "b", "c"]
