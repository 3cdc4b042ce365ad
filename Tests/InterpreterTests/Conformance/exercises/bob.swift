// Bob: a lackadaisical teenager answers according to how he is addressed.
import Foundation

enum Bob {
    static func reply(to input: String) -> String {
        let text = input.trimmingCharacters(in: .whitespacesAndNewlines)
        let letters = text.filter(\.isLetter)
        let yelling = !letters.isEmpty && letters == letters.uppercased()
        let asking = text.hasSuffix("?")
        switch (text.isEmpty, yelling, asking) {
        case (true, _, _): return "Fine. Be that way!"
        case (_, true, true): return "Calm down, I know what I'm doing!"
        case (_, true, false): return "Whoa, chill out!"
        case (_, false, true): return "Sure."
        default: return "Whatever."
        }
    }
}
// cell
let remarks = [
    "Tom-ay-to, tom-aaaah-to.", "WATCH OUT!", "FCECDFCAAB", "Does this cryogenic chamber make me look fat?",
    "You are, what, like 15?", "fffbbcbeab?", "Hi there!", "It's OK if you don't want to go work for NASA.",
    "WHAT'S GOING ON?", "1, 2, 3 GO!", "1, 2, 3", "4?", "ZOMG THE %^*@#$(*^ ZOMBIES ARE COMING!!11!!1!",
    "I HATE THE DENTIST", "Ending with ? means a question.", ":) ?", "Wait! Hang on. Are you going to be OK?",
    "", "          ", "\t\t\t\t\t\t\t\t\t\t", "\nDoes this cryogenic chamber make me look fat?\nNo.",
    "         hmmmmmmm...", "Okay if like my  spacebar  quite a bit?   ", "\n\r \t",
]
for r in remarks {
    print(Bob.reply(to: r))
}

// expect: Whatever.
// expect: Whoa, chill out!
// expect: Whoa, chill out!
// expect: Sure.
// expect: Sure.
// expect: Sure.
// expect: Whatever.
// expect: Whatever.
// expect: Calm down, I know what I'm doing!
// expect: Whoa, chill out!
// expect: Whatever.
// expect: Sure.
// expect: Whoa, chill out!
// expect: Whoa, chill out!
// expect: Whatever.
// expect: Sure.
// expect: Sure.
// expect: Fine. Be that way!
// expect: Fine. Be that way!
// expect: Fine. Be that way!
// expect: Whatever.
// expect: Whatever.
// expect: Sure.
// expect: Fine. Be that way!
