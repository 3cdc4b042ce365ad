import Foundation
let logits = [1.0, 2.0, 3.0]
let m = logits.max()!
let exps = logits.map { exp($0 - m) }
let total = exps.reduce(0, +)
let probs = exps.map { $0 / total }
print(probs)
print(probs.reduce(0, +))

// expect: [0.09003057317038046, 0.24472847105479764, 0.6652409557748218]
// expect: 0.9999999999999999
