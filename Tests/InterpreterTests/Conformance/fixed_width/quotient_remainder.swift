let r = (17 as Int).quotientAndRemainder(dividingBy: 5)
print(r.quotient, r.remainder)
let u: UInt16 = 100
let q = u.quotientAndRemainder(dividingBy: 7)
print(q)
print(UInt8(12).isMultiple(of: 4), Int8(-9).signum(), UInt(0).signum())

// expect: 3 2
// expect: (quotient: 14, remainder: 2)
// expect: true -1 0
