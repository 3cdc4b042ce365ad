// Benchmark: nested integer loops with arithmetic, a branch and a modulus per iteration.
var total = 0
for i in 0..<1500 {
    for j in 0..<1500 {
        let v = (i * j + i + j) % 7
        if v > 3 {
            total += v
        } else {
            total -= 1
        }
    }
}
print("checksum: \(total)")
