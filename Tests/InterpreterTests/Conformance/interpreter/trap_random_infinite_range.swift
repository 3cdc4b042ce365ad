// record: skip
let x = Double.random(in: 0..<1)
print(x >= 0 && x < 1)
let y = Double.random(in: -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude)

// expect: true
// expect error: 4: infinite range
