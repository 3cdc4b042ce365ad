let t = 30
let feel = if t > 25 { "hot" } else { "ok" }
print(feel)

// expect: hot
