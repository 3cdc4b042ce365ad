extension Int {
    var digits: [Int] {
        var out: [Int] = []
        var n = abs(self)
        if n == 0 { return [0] }
        while n > 0 {
            out.insert(n % 10, at: 0)
            n /= 10
        }
        return out
    }

    var digitSum: Int { digits.reduce(0, +) }

    func isDivisible(by d: Int) -> Bool { self % d == 0 }
}

print(1234.digits, 0.digits, (-56).digits)
print(9875.digitSum)
print(21.isDivisible(by: 7), 22.isDivisible(by: 7))

// expect: [1, 2, 3, 4] [0] [5, 6]
// expect: 29
// expect: true false
