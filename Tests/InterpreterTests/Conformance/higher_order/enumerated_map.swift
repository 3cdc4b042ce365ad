let names = ["a", "b"]
let labeled = names.enumerated().map { "\($0.offset):\($0.element)" }
print(labeled)
let pairs = names.enumerated().map { (i, n) in "\(i)=\(n)" }
print(pairs)

// expect: ["0:a", "1:b"]
// expect: ["0=a", "1=b"]
