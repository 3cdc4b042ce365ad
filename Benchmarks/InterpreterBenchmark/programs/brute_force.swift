// Benchmark: a brute-force nested-loop search: Pythagorean triples up to a limit, and
// pairs of numbers whose digit sums and product satisfy a condition.
func digitSum(_ n: Int) -> Int {
    var rest = n
    var sum = 0
    while rest > 0 {
        sum += rest % 10
        rest /= 10
    }
    return sum
}

let limit = 1000
var triples = 0
var perimeterSum = 0
for a in 1...limit {
    for b in a...limit {
        let c2 = a * a + b * b
        let c = Int(Double(c2).squareRoot())
        if c <= limit && c * c == c2 {
            triples += 1
            perimeterSum += a + b + c
        }
    }
}

var digitSums: [Int] = []
for n in 0..<400 {
    digitSums.append(digitSum(n))
}
var matches = 0
for x in 0..<400 {
    for y in x..<400 {
        if digitSums[x] == digitSums[y] && (x * y) % 7 == 1 {
            matches += 1
        }
    }
}
print("checksum: \(triples) \(perimeterSum) \(matches)")
