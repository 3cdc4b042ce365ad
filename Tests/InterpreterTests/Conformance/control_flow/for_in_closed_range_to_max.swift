// A closed range ending at Int.max can be walked (there is no half-open end); flatMap with a
// closure returning an Optional drops the nils (the old spelling of compactMap).
var found = 0
for i in (Int.max - 3)...Int.max {
    found += 1
    if i == Int.max { print("reached Int.max after", found) }
}
for i in 2...Int.max where i * i > 50 {
    print("first square above 50:", i)
    break
}
let parsed = ["1", "x", "3"].flatMap { Int($0) }
print(parsed, [[1, 2], [3]].flatMap { $0 }, "ab".flatMap { [$0, $0] })

// expect: reached Int.max after 4
// expect: first square above 50: 8
// expect: [1, 3] [1, 2, 3] ["a", "a", "b", "b"]
