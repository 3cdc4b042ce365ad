// record: skip
func forever(_ n: Int) -> Int {
    return forever(n + 1) + 1
}
print(forever(0))
// expect error: 3: recursion depth limit exceeded
