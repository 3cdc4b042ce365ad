// #if inside functions, type bodies, switch cases and postfix member chains; declarations from
// the active clause are visible to the code after the block.
#if os(Linux)
func platformName() -> String { "Linux" }
#else
func platformName() -> String { "other" }
#endif

struct Config {
    var name: String
    #if os(Linux)
    var separator = "/"
    #else
    var separator = "\\"
    #endif

    func path(_ parts: [String]) -> String {
        #if os(Linux)
        return separator + parts.joined(separator: separator)
        #else
        return parts.joined(separator: separator)
        #endif
    }
}

enum Shape { case circle, square, triangle }

func sides(_ s: Shape) -> Int {
    switch s {
    case .circle: return 0
    #if os(Linux)
    case .square: return 4
    #else
    case .square: return -1
    #endif
    case .triangle: return 3
    }
}

let word = "notebook"
let shown = word
#if os(Linux)
    .uppercased()
#else
    .lowercased()
#endif
print(platformName())
print(Config(name: "c").path(["usr", "lib"]))
print(sides(.square), sides(.triangle))
print(shown)

func describe(_ values: [Int]) -> String {
    var parts: [String] = []
    for v in values {
        #if os(Linux)
        if v % 2 == 0 { parts.append("even \(v)") } else { parts.append("odd \(v)") }
        #endif
    }
    return parts.joined(separator: ", ")
}
print(describe([1, 2, 3]))

// expect: Linux
// expect: /usr/lib
// expect: 4 3
// expect: NOTEBOOK
// expect: odd 1, even 2, odd 3
