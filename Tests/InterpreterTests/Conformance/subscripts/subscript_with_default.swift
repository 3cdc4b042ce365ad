struct Settings {
    var values: [String: String] = ["theme": "dark"]
    subscript(key: String, default fallback: String = "none") -> String {
        values[key] ?? fallback
    }
}
let s = Settings()
print(s["theme"], s["font"], s["font", default: "mono"])

// expect: dark none mono
