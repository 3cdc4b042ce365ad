let n = -1
print("start")
for i in 0..<n {
    print(i)
}

// expect: start
// expect error: 3: Range requires lowerBound <= upperBound
