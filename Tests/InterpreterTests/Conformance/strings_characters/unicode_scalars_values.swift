let s = "Hi€"
for u in s.unicodeScalars {
    print(u, u.value)
}
let values = s.unicodeScalars.map { $0.value }
print(values)
print(type(of: values[0]))

// expect: H 72
// expect: i 105
// expect: € 8364
// expect: [72, 105, 8364]
// expect: UInt32
