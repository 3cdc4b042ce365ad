let lo = 2
let hi = 5
var total = 0
for i in lo..<hi {
    total += i
}
print(total)
for i in lo...hi where i % 2 == 0 {
    print(i)
}

// expect: 9
// expect: 2
// expect: 4
