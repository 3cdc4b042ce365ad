// Generic parameters of functions used as values: T.bitWidth, T.zero, T(12), var sum: T = 0.
func total<T: Numeric>(_ xs: [T]) -> T {
    var sum: T = 0
    for x in xs { sum += x }
    return sum
}
print(total([1.5, 2.5]), total([1, 2]))
func bits<T: FixedWidthInteger>(_ v: T) -> Int { T.bitWidth }
print(bits(UInt8(3)), bits(Int16(2)), bits(7))
func zeroLike<T: AdditiveArithmetic>(_ v: T) -> T { T.zero }
print(zeroLike(3.5), zeroLike(4))
func convert<T: BinaryInteger>(_ v: T) -> Double { Double(v) + 0.5 }
print(convert(Int8(4)))
func largest<T: Comparable>(_ xs: [T]) -> T? { xs.max() }
print(largest(["b", "a"]) ?? "-")
func make<T: FixedWidthInteger>(_ v: T) -> T { T(12) }
print(make(UInt16(1)))

// expect: 4.0 3
// expect: 8 16 64
// expect: 0.0 0
// expect: 4.5
// expect: b
// expect: 12
