class Settings {
    var volume = 5
    var muted = false
}
let s = Settings()
s.muted = true
print(s.volume, s.muted)

// expect: 5 true
