// Rail fence cipher: write the message in a zig-zag over N rails, read the rails in turn.
struct RailFence {
    let rails: Int

    /// The rail each position of an n-character message lands on.
    private func pattern(_ n: Int) -> [Int] {
        guard rails > 1 else { return Array(repeating: 0, count: n) }
        let cycle = 2 * (rails - 1)
        return (0..<n).map { i in
            let k = i % cycle
            return k < rails ? k : cycle - k
        }
    }

    /// Message positions in the order the rails are read.
    private func order(_ n: Int) -> [Int] {
        pattern(n).enumerated().sorted { ($0.element, $0.offset) < ($1.element, $1.offset) }.map(\.offset)
    }

    func encode(_ message: String) -> String {
        let chars = Array(message)
        return String(order(chars.count).map { chars[$0] })
    }

    func decode(_ cipher: String) -> String {
        let chars = Array(cipher)
        var result = Array(repeating: Character(" "), count: chars.count)
        for (k, position) in order(chars.count).enumerated() { result[position] = chars[k] }
        return String(result)
    }
}
// cell
let cases: [(String, Int)] = [("XOXOXOXOXOXOXOXOXO", 2), ("WEAREDISCOVEREDFLEEATONCE", 3), ("EXERCISES", 4),
                              ("hello", 1), ("ab", 5), ("The quick brown fox", 3)]
for (text, rails) in cases {
    let fence = RailFence(rails: rails)
    let encoded = fence.encode(text)
    print(rails, encoded, fence.decode(encoded) == text)
}
print(RailFence(rails: 3).decode("TEITELHDVLSNHDTISEIIEA"))
print(RailFence(rails: 6).decode("133714114238148966225439541018335470986172518171757571896261"))

// expect: 2 XXXXXXXXXOOOOOOOOO true
// expect: 3 WECRLTEERDSOEEFEAOCAIVDEN true
// expect: 4 ESXIEECSR true
// expect: 1 hello true
// expect: 5 ab true
// expect: 3 Tqkofh uc rw oeibnx true
// expect: THEDEVILISINTHEDETAILS
// expect: 112358132134558914423337761098715972584418167651094617711286
