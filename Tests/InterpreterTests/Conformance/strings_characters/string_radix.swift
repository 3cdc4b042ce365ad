print(String(255, radix: 2), String(255, radix: 16), String(255, radix: 16, uppercase: true))
print(String(-42, radix: 7))
print(Int("ff", radix: 16)!, Int("1010", radix: 2)!, Int("zz", radix: 36)!)
print(Int("12", radix: 2) == nil)

// expect: 11111111 ff FF
// expect: -60
// expect: 255 10 1295
// expect: true
