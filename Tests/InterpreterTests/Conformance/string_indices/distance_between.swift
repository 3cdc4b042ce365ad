let s = "👋 hello 🌍"
let h = s.firstIndex(of: "h")!
let globe = s.firstIndex(of: "🌍")!
print(s.distance(from: h, to: globe))
print(s.distance(from: globe, to: h))
print(s.count, s.unicodeScalars.count, s.utf8.count)

// expect: 6
// expect: -6
// expect: 9 9 15
