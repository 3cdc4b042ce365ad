postfix operator ~!
postfix func ~! (n: Int) -> Int {
    n <= 1 ? 1 : n * (n - 1)~!
}
print(5~!)
print(3~! + 1)

// expect: 120
// expect: 7
