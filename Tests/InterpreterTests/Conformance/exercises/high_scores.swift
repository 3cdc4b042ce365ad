// High scores: the latest, the best and the top three of a score list.
struct HighScores {
    private(set) var scores: [Int]

    init(_ scores: [Int]) { self.scores = scores }

    var latest: Int? { scores.last }
    var personalBest: Int? { scores.max() }
    var topThree: [Int] { Array(scores.sorted(by: >).prefix(3)) }

    mutating func record(_ score: Int) { scores.append(score) }

    var report: String {
        guard let latest, let best = personalBest else { return "No scores yet." }
        let shortfall = best - latest
        return "Your latest score was \(latest). " + (shortfall == 0 ? "That's your personal best!" : "That's \(shortfall) short of your personal best!")
    }
}
// cell
var hs = HighScores([30, 50, 20, 70])
print(hs.scores, hs.latest!, hs.personalBest!, hs.topThree)
print(HighScores([10, 30, 90, 30, 100, 20, 10, 0, 30, 40, 40, 70, 70]).topThree)
print(HighScores([20, 10, 30]).topThree, HighScores([40, 20, 40, 30]).topThree)
print(HighScores([30, 70]).topThree, HighScores([40]).topThree)
print(hs.report)
hs.record(100)
print(hs.report)
let empty = HighScores([])
print(empty.latest as Any, empty.topThree, empty.report)

// expect: [30, 50, 20, 70] 70 70 [70, 50, 30]
// expect: [100, 90, 70]
// expect: [30, 20, 10] [40, 40, 30]
// expect: [70, 30] [40]
// expect: Your latest score was 70. That's your personal best!
// expect: Your latest score was 100. That's your personal best!
// expect: nil [] No scores yet.
