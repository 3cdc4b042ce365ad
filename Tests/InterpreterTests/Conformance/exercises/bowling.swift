// Bowling: score a ten-pin game roll by roll, rejecting impossible rolls.
enum BowlingError: Error {
    case negativePins, tooManyPins, gameOver, incompleteGame
}

struct BowlingGame {
    private var rolls: [Int] = []

    /// Walks the frames; returns the score and whether the game is complete.
    private func tally() -> (score: Int, complete: Bool, frame: Int, firstInFrame: Int?) {
        var score = 0, i = 0
        for frame in 1...10 {
            guard i < rolls.count else { return (score, false, frame, nil) }
            if rolls[i] == 10 {
                guard i + 2 < rolls.count else { return (score, false, frame, nil) }
                score += 10 + rolls[i + 1] + rolls[i + 2]
                i += 1
            } else {
                guard i + 1 < rolls.count else { return (score, false, frame, rolls[i]) }
                if rolls[i] + rolls[i + 1] == 10 {
                    guard i + 2 < rolls.count else { return (score, false, frame, nil) }
                    score += 10 + rolls[i + 2]
                } else {
                    score += rolls[i] + rolls[i + 1]
                }
                i += 2
            }
        }
        return (score, true, 11, nil)
    }

    mutating func roll(_ pins: Int) throws {
        guard pins >= 0 else { throw BowlingError.negativePins }
        guard pins <= 10 else { throw BowlingError.tooManyPins }
        let state = tally()
        guard !state.complete else { throw BowlingError.gameOver }
        if let first = state.firstInFrame, state.frame < 10 || first < 10, first + pins > 10 { throw BowlingError.tooManyPins }
        if state.frame == 10, let last = rolls.last, rolls.count >= 2 {
            let beforeLast = rolls[rolls.count - 2]
            if beforeLast == 10 && last < 10 && last + pins > 10 && tenthFrameBonusRolls() == 1 { throw BowlingError.tooManyPins }
        }
        rolls.append(pins)
    }

    /// How many bonus rolls of the tenth frame have been thrown.
    private func tenthFrameBonusRolls() -> Int {
        var i = 0
        for _ in 1..<10 { i += rolls[i] == 10 ? 1 : 2 }
        return rolls.count - i - 1
    }

    func score() throws -> Int {
        let state = tally()
        guard state.complete else { throw BowlingError.incompleteGame }
        return state.score
    }
}

func play(_ rolls: [Int]) -> String {
    var game = BowlingGame()
    do {
        for r in rolls { try game.roll(r) }
        return "score \(try game.score())"
    } catch {
        return "error \(error)"
    }
}
// cell
print(play(Array(repeating: 0, count: 20)))
print(play([3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6]))
print(play([6, 4, 3, 0] + Array(repeating: 0, count: 16)))
print(play([10, 5, 3] + Array(repeating: 0, count: 16)))
print(play([10, 10, 10, 5, 3] + Array(repeating: 0, count: 12)))
print(play(Array(repeating: 0, count: 18) + [7, 3, 7]))
print(play(Array(repeating: 0, count: 18) + [10, 7, 1]))
print(play(Array(repeating: 10, count: 12)))
print(play([-1]))
print(play([11]))
print(play([5, 6]))
print(play(Array(repeating: 0, count: 18) + [10, 5, 6]))
print(play(Array(repeating: 0, count: 20) + [0]))
print(play([0, 0]))
print(play(Array(repeating: 0, count: 18) + [10, 10]))
print(play(Array(repeating: 0, count: 18) + [7, 3, 10]))

// expect: score 0
// expect: score 90
// expect: score 16
// expect: score 26
// expect: score 81
// expect: score 17
// expect: score 18
// expect: score 300
// expect: error negativePins
// expect: error tooManyPins
// expect: error tooManyPins
// expect: error tooManyPins
// expect: error gameOver
// expect: error incompleteGame
// expect: error incompleteGame
// expect: score 20
