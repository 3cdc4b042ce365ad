// Initializers named as function values: `String.init`, `Array.init`, `Int.init`, labelled forms.
let numbers = [3, 14, 159]
print(numbers.map(String.init))
print(["ab", "xyz"].map(Array.init))
print(["4", "four", "44"].compactMap(Int.init))
struct Point: CustomStringConvertible {
    var x: Int, y: Int
    var description: String { "(\(x), \(y))" }
}
print(zip([1, 2], [5, 6]).map(Point.init(x:y:)))
let describe: (Any) -> String = String.init(describing:)
print(describe(2.5), describe([1]))
let lines = "a;b;c".split(separator: ";").map(String.init)
print(lines, type(of: lines))
print([1.5, 2.25].map(String.init(describing:)).joined(separator: "|"))

// expect: ["3", "14", "159"]
// expect: [["a", "b"], ["x", "y", "z"]]
// expect: [4, 44]
// expect: [(1, 5), (2, 6)]
// expect: 2.5 [1]
// expect: ["a", "b", "c"] Array<String>
// expect: 1.5|2.25
