var v: UInt32 = 1
for i in 0..<40 {
    v *= 2
    print(i, v)
}

// expect: 0 2
// expect: 1 4
// expect: 2 8
// expect: 3 16
// expect: 4 32
// expect: 5 64
// expect: 6 128
// expect: 7 256
// expect: 8 512
// expect: 9 1024
// expect: 10 2048
// expect: 11 4096
// expect: 12 8192
// expect: 13 16384
// expect: 14 32768
// expect: 15 65536
// expect: 16 131072
// expect: 17 262144
// expect: 18 524288
// expect: 19 1048576
// expect: 20 2097152
// expect: 21 4194304
// expect: 22 8388608
// expect: 23 16777216
// expect: 24 33554432
// expect: 25 67108864
// expect: 26 134217728
// expect: 27 268435456
// expect: 28 536870912
// expect: 29 1073741824
// expect: 30 2147483648
// expect error: 3: arithmetic overflow
