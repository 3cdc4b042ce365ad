// Phone number: clean up North American numbers, with a reason when one is invalid.
enum PhoneNumberError: Error, CustomStringConvertible {
    case wrongLength(Int), badCountryCode, letters, punctuation, areaCode(String), exchangeCode(String)

    var description: String {
        switch self {
        case .wrongLength(let n): return "\(n) digits"
        case .badCountryCode: return "11 digits must start with 1"
        case .letters: return "letters not permitted"
        case .punctuation: return "punctuation not permitted"
        case .areaCode(let why): return "area code cannot start with \(why)"
        case .exchangeCode(let why): return "exchange code cannot start with \(why)"
        }
    }
}

struct PhoneNumber: CustomStringConvertible {
    let digits: String

    init(_ raw: String) throws {
        if raw.contains(where: \.isLetter) { throw PhoneNumberError.letters }
        let allowed = Set(" ().-+")
        if raw.contains(where: { !$0.isNumber && !allowed.contains($0) }) { throw PhoneNumberError.punctuation }
        var digits = raw.filter(\.isNumber)
        if digits.count == 11 {
            guard digits.first == "1" else { throw PhoneNumberError.badCountryCode }
            digits.removeFirst()
        }
        guard digits.count == 10 else { throw PhoneNumberError.wrongLength(digits.count) }
        let names = ["0": "zero", "1": "one"]
        let chars = Array(digits)
        if let why = names[String(chars[0])] { throw PhoneNumberError.areaCode(why) }
        if let why = names[String(chars[3])] { throw PhoneNumberError.exchangeCode(why) }
        self.digits = digits
    }

    var areaCode: String { String(digits.prefix(3)) }

    var description: String {
        let a = digits.prefix(3), b = digits.dropFirst(3).prefix(3), c = digits.suffix(4)
        return "(\(a)) \(b)-\(c)"
    }
}
// cell
for raw in ["(223) 456-7890", "223.456.7890", "223 456   7890   ", "123456789", "22234567890", "12234567890",
            "+1 (223) 456-7890", "321234567890", "523-abc-7890", "523-@:!-7890", "(023) 456-7890",
            "(123) 456-7890", "(223) 056-7890", "(223) 156-7890", "1 (023) 456-7890", "1 (223) 156-7890"] {
    do {
        let number = try PhoneNumber(raw)
        print("\(raw) -> \(number.digits) \(number) area \(number.areaCode)")
    } catch {
        print("\(raw) -> invalid: \(error)")
    }
}

// expect: (223) 456-7890 -> 2234567890 (223) 456-7890 area 223
// expect: 223.456.7890 -> 2234567890 (223) 456-7890 area 223
// expect: 223 456   7890    -> 2234567890 (223) 456-7890 area 223
// expect: 123456789 -> invalid: 9 digits
// expect: 22234567890 -> invalid: 11 digits must start with 1
// expect: 12234567890 -> 2234567890 (223) 456-7890 area 223
// expect: +1 (223) 456-7890 -> 2234567890 (223) 456-7890 area 223
// expect: 321234567890 -> invalid: 12 digits
// expect: 523-abc-7890 -> invalid: letters not permitted
// expect: 523-@:!-7890 -> invalid: punctuation not permitted
// expect: (023) 456-7890 -> invalid: area code cannot start with zero
// expect: (123) 456-7890 -> invalid: area code cannot start with one
// expect: (223) 056-7890 -> invalid: exchange code cannot start with zero
// expect: (223) 156-7890 -> invalid: exchange code cannot start with one
// expect: 1 (023) 456-7890 -> invalid: area code cannot start with zero
// expect: 1 (223) 156-7890 -> invalid: exchange code cannot start with one
