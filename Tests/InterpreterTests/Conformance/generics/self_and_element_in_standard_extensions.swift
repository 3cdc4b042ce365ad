// `Self` and `Element` inside extensions of standard protocols: the type of the value the
// method is called on, and of its elements.
extension BinaryInteger {
    var isPerfectSquare: Bool {
        guard self >= 0 else { return false }
        let root = Self(Double(self).squareRoot())
        return root * root == self
    }
    func digits() -> [Self] {
        var out: [Self] = []
        var n = self
        repeat { out.insert(n % 10, at: 0); n /= 10 } while n > 0
        return out
    }
}

extension Collection where Element: FloatingPoint {
    func mean() -> Element {
        reduce(0, +) / Element(count)
    }
}

extension Sequence {
    func firstFew(_ n: Int) -> [Element] {
        var out: [Element] = []
        for x in self {
            if out.count == n { break }
            out.append(x)
        }
        return out
    }
}

print(49.isPerfectSquare, 50.isPerfectSquare, 1234.digits())
print([1.0, 2.0, 4.5].mean(), [Float(1), 2].mean())
print((1...).lazy.map { $0 * $0 }.filter { $0 % 2 == 1 }.dropFirst(2).firstFew(3))
print("swift".dropFirst().firstFew(2))

// expect: true false [1, 2, 3, 4]
// expect: 2.5 1.5
// expect: [25, 49, 81]
// expect: ["w", "i"]
