// Perfect numbers: Nicomachus' classification by the aliquot sum.
enum Classification: String {
    case perfect, abundant, deficient
}

enum ClassificationError: Error { case notPositive(Int) }

extension Int {
    var aliquotSum: Int {
        guard self > 1 else { return 0 }
        var sum = 1
        var d = 2
        while d * d <= self {
            if self % d == 0 {
                sum += d
                if d != self / d { sum += self / d }
            }
            d += 1
        }
        return sum
    }

    func classify() throws -> Classification {
        guard self > 0 else { throw ClassificationError.notPositive(self) }
        let sum = aliquotSum
        if sum == self { return .perfect }
        return sum > self ? .abundant : .deficient
    }
}
// cell
for n in [6, 28, 33550336, 12, 30, 33550335, 2, 4, 32, 33550337, 1, 0, -1] {
    do {
        print(n, try n.classify().rawValue)
    } catch {
        print(n, "error: \(error)")
    }
}
print((1...10000).filter { (try? $0.classify()) == .perfect })

// expect: 6 perfect
// expect: 28 perfect
// expect: 33550336 perfect
// expect: 12 abundant
// expect: 30 abundant
// expect: 33550335 abundant
// expect: 2 deficient
// expect: 4 deficient
// expect: 32 deficient
// expect: 33550337 deficient
// expect: 1 deficient
// expect: 0 error: notPositive(0)
// expect: -1 error: notPositive(-1)
// expect: [6, 28, 496, 8128]
