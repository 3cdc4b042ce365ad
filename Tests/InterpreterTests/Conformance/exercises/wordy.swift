// Wordy: evaluate "What is 5 plus 13 multiplied by 2?" left to right.
enum WordyError: Error, Equatable {
    case unknownOperation(String), syntaxError
}

enum Wordy {
    private static let operations: [String: (Int, Int) -> Int] = [
        "plus": (+), "minus": (-), "multiplied by": (*), "divided by": (/),
    ]

    static func answer(_ question: String) throws -> Int {
        guard question.hasPrefix("What is"), question.hasSuffix("?") else { throw WordyError.unknownOperation(question) }
        var words = question.dropFirst("What is".count).dropLast().split(separator: " ").map(String.init)
        guard let first = words.first, var total = Int(first) else { throw WordyError.syntaxError }
        words.removeFirst()
        while !words.isEmpty {
            var op = words.removeFirst()
            if op == "multiplied" || op == "divided" {
                guard words.first == "by" else { throw WordyError.syntaxError }
                op += " " + words.removeFirst()
            }
            guard let f = operations[op] else {
                throw Int(op) != nil ? WordyError.syntaxError : WordyError.unknownOperation(op)
            }
            guard let next = words.first, let operand = Int(next) else { throw WordyError.syntaxError }
            words.removeFirst()
            total = f(total, operand)
        }
        return total
    }
}
// cell
for q in ["What is 5?", "What is 1 plus 1?", "What is 53 plus 2?", "What is -1 plus -10?", "What is 123 plus 45678?",
          "What is 4 minus -12?", "What is -3 multiplied by 25?", "What is 33 divided by -3?", "What is 1 plus 1 plus 1?",
          "What is 1 plus 5 minus -2?", "What is 20 minus 4 minus 13?", "What is -3 plus 7 multiplied by -2?",
          "What is 52 cubed?", "Who is the President of the United States?", "What is 1 plus?", "What is?",
          "What is 1 plus plus 2?", "What is 1 plus 2 1?", "What is 1 2 plus?", "What is plus 1 2?"] {
    do {
        print(q, "=", try Wordy.answer(q))
    } catch {
        print(q, "->", error)
    }
}

// expect: What is 5? = 5
// expect: What is 1 plus 1? = 2
// expect: What is 53 plus 2? = 55
// expect: What is -1 plus -10? = -11
// expect: What is 123 plus 45678? = 45801
// expect: What is 4 minus -12? = 16
// expect: What is -3 multiplied by 25? = -75
// expect: What is 33 divided by -3? = -11
// expect: What is 1 plus 1 plus 1? = 3
// expect: What is 1 plus 5 minus -2? = 8
// expect: What is 20 minus 4 minus 13? = 3
// expect: What is -3 plus 7 multiplied by -2? = -8
// expect: What is 52 cubed? -> unknownOperation("cubed")
// expect: Who is the President of the United States? -> unknownOperation("Who is the President of the United States?")
// expect: What is 1 plus? -> syntaxError
// expect: What is? -> syntaxError
// expect: What is 1 plus plus 2? -> syntaxError
// expect: What is 1 plus 2 1? -> syntaxError
// expect: What is 1 2 plus? -> syntaxError
// expect: What is plus 1 2? -> syntaxError
