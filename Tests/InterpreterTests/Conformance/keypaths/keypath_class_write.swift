class Settings {
    var volume = 3
    var name = "default"
}
let s = Settings()
let path = \Settings.volume
s[keyPath: path] = 8
print(s.volume, s[keyPath: \Settings.name])

// expect: 8 default
