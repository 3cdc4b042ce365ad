import Foundation
let rows = [("a", 1, 0.5), ("bb", 22, 0.25)]
for (name, n, f) in rows {
    print(name + String(format: " %3d %6.2f", n, f))
}

// expect: a   1   0.50
// expect: bb  22   0.25
