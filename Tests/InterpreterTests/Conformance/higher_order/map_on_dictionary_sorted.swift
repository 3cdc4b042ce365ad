let d = ["b": 2, "a": 1]
let lines = d.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
print(lines.joined(separator: ";"))

// expect: a=1;b=2
