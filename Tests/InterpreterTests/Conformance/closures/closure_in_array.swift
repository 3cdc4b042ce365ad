var actions: [(Int) -> Int] = []
actions.append { $0 + 1 }
actions.append { $0 * 2 }
actions.append { x in x - 3 }
var v = 5
for a in actions {
    v = a(v)
}
print(v)

// expect: 9
