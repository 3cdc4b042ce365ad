// record: skip
let y = Double.random(in: 0..<Double.infinity)

// expect error: 2: infinite range
