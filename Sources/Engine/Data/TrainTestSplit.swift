/// Splits examples (rows of `x` and `y`) into training and test sets like scikit-learn's `train_test_split`.
///
/// The test set has ceil(testFraction · N) rows. With `shuffle` the rows are permuted by a SplitMix64
/// generator seeded with `seed` (same seed, same split); without it the last rows form the test set.
public func trainTestSplit(
    _ x: Tensor, _ y: Tensor, testFraction: Double = 0.25, shuffle: Bool = true, seed: UInt64 = 0
) throws -> (xTrain: Tensor, xTest: Tensor, yTrain: Tensor, yTest: Tensor) {
    let function = "trainTestSplit"
    let (rows, xWidth) = try DataRows.layout(x, function: function, name: "x")
    let (yRows, yWidth) = try DataRows.layout(y, function: function, name: "y")
    guard rows == yRows else {
        throw DataError.invalidArgument(function: function, reason: "x has \(rows) rows but y has \(yRows)")
    }
    guard testFraction > 0 && testFraction < 1 else {
        throw DataError.invalidArgument(function: function, reason: "testFraction must be between 0 and 1, got \(testFraction)")
    }
    let testCount = Int((testFraction * Double(rows)).rounded(.up))
    let trainCount = rows - testCount
    guard trainCount > 0 else {
        throw DataError.invalidArgument(function: function,
                                        reason: "\(rows) rows with testFraction \(testFraction) leave no training rows")
    }
    // As in scikit-learn's ShuffleSplit, the first testCount permuted rows are the test set.
    var order = Array(0..<rows)
    var testRows = Array(order[trainCount...])
    var trainRows = Array(order[..<trainCount])
    if shuffle {
        var random = DataRandom(seed: seed)
        order = random.permutation(rows)
        testRows = Array(order[..<testCount])
        trainRows = Array(order[testCount...])
    }
    return (
        xTrain: try DataRows.gather(x, rows: trainRows, width: xWidth),
        xTest: try DataRows.gather(x, rows: testRows, width: xWidth),
        yTrain: try DataRows.gather(y, rows: trainRows, width: yWidth),
        yTest: try DataRows.gather(y, rows: testRows, width: yWidth)
    )
}
