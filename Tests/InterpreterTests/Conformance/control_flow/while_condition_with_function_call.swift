var items = [5, 3, 8]
func hasWork() -> Bool { !items.isEmpty }
var processed = 0
while hasWork() {
    processed += items.removeLast()
}
print(processed)

// expect: 16
