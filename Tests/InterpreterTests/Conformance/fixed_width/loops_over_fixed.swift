var sum: UInt64 = 0
for i in 1...20 {
    sum += UInt64(i) * UInt64(i)
}
print(sum)
var h: UInt32 = 2166136261
for b in "hash me".utf8 {
    h = (h ^ UInt32(b)) &* 16777619
}
print(h)

// expect: 2870
// expect: 2372640957
