let data = [3, 7, 1, 9, 4, 7, 3, 3]
var freq: [Int: Int] = [:]
for d in data { freq[d, default: 0] += 1 }
for k in freq.keys.sorted() {
    print("\(k): " + String(repeating: "*", count: freq[k]!))
}
let maxVal = data.max()!
for level in stride(from: maxVal, through: 1, by: -3) {
    print(data.map { $0 >= level ? "#" : " " }.joined())
}

// expect: 1: *
// expect: 3: ***
// expect: 4: *
// expect: 7: **
// expect: 9: *
// expect:    #    
// expect:  # # #  
// expect: ## #####
