var f = 1
for i in 1...30 {
    f *= i
    print(i, f)
}

// expect: 1 1
// expect: 2 2
// expect: 3 6
// expect: 4 24
// expect: 5 120
// expect: 6 720
// expect: 7 5040
// expect: 8 40320
// expect: 9 362880
// expect: 10 3628800
// expect: 11 39916800
// expect: 12 479001600
// expect: 13 6227020800
// expect: 14 87178291200
// expect: 15 1307674368000
// expect: 16 20922789888000
// expect: 17 355687428096000
// expect: 18 6402373705728000
// expect: 19 121645100408832000
// expect: 20 2432902008176640000
// expect error: 3: overflow
