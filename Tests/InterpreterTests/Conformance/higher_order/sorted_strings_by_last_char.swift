let ws = ["cab", "abc", "bca"]
print(ws.sorted { $0.last! < $1.last! })

// expect: ["bca", "cab", "abc"]
