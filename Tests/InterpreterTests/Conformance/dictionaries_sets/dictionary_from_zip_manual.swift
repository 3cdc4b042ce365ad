let keys = ["a", "b"]
let vals = [1, 2]
var d: [String: Int] = [:]
for (k, v) in zip(keys, vals) {
    d[k] = v
}
print(d["b"]!, d.count)

// expect: 2 2
