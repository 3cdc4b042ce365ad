let scores = ["ann": 80, "bob": 95, "cid": 70]
let ranked = scores.sorted { $0.value > $1.value }
for entry in ranked {
    print(entry.key, entry.value)
}

// expect: bob 95
// expect: ann 80
// expect: cid 70
