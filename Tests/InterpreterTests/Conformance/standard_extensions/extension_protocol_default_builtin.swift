protocol Shouter {
    var word: String { get }
}

extension Shouter {
    func shout() -> String { word.uppercased() + "!" }
}

extension String: Shouter {
    var word: String { self }
}

print("hey".shout())
let s: Shouter = "yo"
print(s.shout())

// expect: HEY!
// expect: YO!
