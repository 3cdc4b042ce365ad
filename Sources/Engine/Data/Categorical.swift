/// One-hot encodes class indices like Keras's `to_categorical`: shape [N] (or [N, 1]) becomes [N, classes].
public func toCategorical(_ labels: Tensor, classes: Int? = nil) throws -> Tensor {
    let function = "toCategorical"
    guard let count = DataRows.elementCount(labels.shape), count == labels.scalars.count else {
        throw DataError.invalidArgument(function: function, reason: "labels have shape \(labels.shape) but \(labels.scalars.count) values")
    }
    for (index, value) in labels.scalars.enumerated() where !(value.isFinite && value >= 0 && value.rounded() == value) {
        throw DataError.invalidArgument(function: function,
                                        reason: "label \(value) at index \(index) is not a non-negative integer")
    }
    // Above 2^24 a Float no longer holds every integer, so such a label cannot be a class index.
    if let huge = labels.scalars.first(where: { $0 >= 16_777_216 }) {
        throw DataError.invalidArgument(function: function, reason: "label \(huge) is too large for a class index")
    }
    let largest = Int(labels.scalars.max() ?? -1)
    let classCount = classes ?? largest + 1
    guard classCount > 0 else {
        throw DataError.invalidArgument(function: function, reason: "classes must be positive, got \(classCount)")
    }
    guard largest < classCount else {
        throw DataError.invalidArgument(function: function, reason: "label \(largest) is out of range for \(classCount) classes")
    }
    let (total, overflow) = count.multipliedReportingOverflow(by: classCount)
    guard !overflow else {
        throw DataError.invalidArgument(function: function, reason: "\(count) labels × \(classCount) classes is too large")
    }
    var scalars = try Allocator.floats(total, "toCategorical of \(count) labels into \(classCount) classes")
    for (row, value) in labels.scalars.enumerated() {
        scalars[row * classCount + Int(value)] = 1
    }
    // Keras drops a trailing axis of size 1 before adding the class axis.
    var shape = labels.shape
    if shape.count > 1 && shape.last == 1 { shape.removeLast() }
    return Tensor(shape: shape + [classCount], scalars: scalars)
}

/// One-hot encodes integer class indices: [N] becomes [N, classes].
public func toCategorical(_ labels: [Int], classes: Int? = nil) throws -> Tensor {
    if let negative = labels.first(where: { $0 < 0 }) {
        throw DataError.invalidArgument(function: "toCategorical", reason: "label \(negative) is negative")
    }
    return try toCategorical(Tensor(shape: [labels.count], scalars: labels.map(Float.init)), classes: classes)
}
