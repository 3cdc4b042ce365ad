import Foundation
let epoch = 3
let loss = 0.123456
let acc = 0.9
print(String(format: "epoch %d: loss=%.4f acc=%.2f", epoch, loss, acc))

// expect: epoch 3: loss=0.1235 acc=0.90
