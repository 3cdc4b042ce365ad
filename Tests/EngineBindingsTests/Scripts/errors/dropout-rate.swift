// Dropout's rate is the fraction dropped, in [0, 1).
let ok = Dropout(0)
print(ok.rate)                           // expect: 0.0
let layer = Dropout(1.5)
// expect error: Dropout: rate must be in [0, 1), received 1.5
