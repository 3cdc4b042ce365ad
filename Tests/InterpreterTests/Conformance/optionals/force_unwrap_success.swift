let s: String? = "ok"
print(s!)
let arr: [Int]? = [1, 2]
print(arr!.count)

// expect: ok
// expect: 2
