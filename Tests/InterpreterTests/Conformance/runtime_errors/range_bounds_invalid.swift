let lo = 5
let hi = 2
print("making range")
for i in lo...hi {
    print(i)
}

// expect: making range
// expect error: 4: Range requires lowerBound <= upperBound
