// Series: all contiguous substrings of a given length, with errors for bad lengths.
enum SeriesError: Error, Equatable {
    case emptySeries, zeroLength, negativeLength, lengthTooLong
}

extension String {
    func slices(ofLength length: Int) throws -> [String] {
        if isEmpty { throw SeriesError.emptySeries }
        if length == 0 { throw SeriesError.zeroLength }
        if length < 0 { throw SeriesError.negativeLength }
        if length > count { throw SeriesError.lengthTooLong }
        var result: [String] = []
        var start = startIndex
        var end = index(startIndex, offsetBy: length)
        while true {
            result.append(String(self[start..<end]))
            if end == endIndex { break }
            start = index(after: start)
            end = index(after: end)
        }
        return result
    }
}
// cell
let cases: [(String, Int)] = [("1", 1), ("12", 1), ("35", 2), ("9142", 2), ("777777", 3), ("918493904243", 5),
                              ("12345", 6), ("12345", 0), ("123", -1), ("", 1), ("héllo", 2)]
for (digits, n) in cases {
    do {
        print("\(digits) / \(n): \(try digits.slices(ofLength: n))")
    } catch let error as SeriesError {
        print("\(digits) / \(n): \(error)")
    }
}

// expect: 1 / 1: ["1"]
// expect: 12 / 1: ["1", "2"]
// expect: 35 / 2: ["35"]
// expect: 9142 / 2: ["91", "14", "42"]
// expect: 777777 / 3: ["777", "777", "777", "777"]
// expect: 918493904243 / 5: ["91849", "18493", "84939", "49390", "93904", "39042", "90424", "04243"]
// expect: 12345 / 6: lengthTooLong
// expect: 12345 / 0: zeroLength
// expect: 123 / -1: negativeLength
// expect:  / 1: emptySeries
// expect: héllo / 2: ["hé", "él", "ll", "lo"]
