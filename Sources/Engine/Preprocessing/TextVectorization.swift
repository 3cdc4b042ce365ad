import Foundation

/// Turns strings into token ids or bag-of-words rows with a vocabulary learned by `adapt`
/// (Keras 3 `TextVectorization`, without TensorFlow).
///
/// Standardization: ASCII lowercase, then ASCII punctuation removed; split on whitespace runs.
/// Vocabulary: for `.int`, "" (padding, id 0) and "[UNK]" (id 1) first; for the other modes
/// "[UNK]" (index 0) first; then tokens by count, ties broken by the token in descending order
/// (Keras sorts with numpy's lexsort and reverses). `maxTokens` counts those special entries.
public final class TextVectorization {
    public enum OutputMode: String, Sendable { case int, multiHot = "multi_hot", count, tfIdf = "tf_idf" }

    public let maxTokens: Int?
    public let outputMode: OutputMode
    public let outputSequenceLength: Int?
    public private(set) var vocabulary: [String] = []
    /// idf per vocabulary index (`.tfIdf` only): log(1 + documents / (1 + documents with the
    /// token)), the out-of-vocabulary entry the mean of the others, as Keras pads it.
    public private(set) var idfWeights: [Float] = []
    private var index: [String: Int] = [:]

    public static let paddingToken = "", unknownToken = "[UNK]"

    public init(maxTokens: Int? = nil, outputMode: OutputMode = .int, outputSequenceLength: Int? = nil) throws {
        if let maxTokens, maxTokens < (outputMode == .int ? 3 : 2) {
            throw EngineError("TextVectorization: maxTokens must leave room for a token beyond the special ones, received \(maxTokens)")
        }
        if let outputSequenceLength {
            guard outputMode == .int else { throw EngineError("TextVectorization: outputSequenceLength is only for outputMode .int") }
            guard outputSequenceLength > 0 else { throw EngineError("TextVectorization: outputSequenceLength must be positive, received \(outputSequenceLength)") }
        }
        self.maxTokens = maxTokens
        self.outputMode = outputMode
        self.outputSequenceLength = outputSequenceLength
    }

    /// Keras's `lower_and_strip_punctuation` then whitespace split.
    public static func tokens(_ text: String) -> [String] {
        var current = "", out: [String] = []
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isWhitespace || scalar == "\u{0B}" {
                if !current.isEmpty { out.append(current); current = "" }
            } else if scalar.isASCII, isASCIIPunctuation(scalar) {
                continue
            } else if scalar.isASCII, ("A"..."Z").contains(scalar) {
                current.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    private static func isASCIIPunctuation(_ s: Unicode.Scalar) -> Bool {
        (0x21...0x2F).contains(s.value) || (0x3A...0x40).contains(s.value) || (0x5B...0x60).contains(s.value) || (0x7B...0x7E).contains(s.value)
    }

    private var specialCount: Int { outputMode == .int ? 2 : 1 }

    /// Learns the vocabulary (and idf weights) from `texts`, replacing any earlier one.
    public func adapt(_ texts: [String]) throws {
        var counts: [String: Int] = [:], documents: [String: Int] = [:]
        for text in texts {
            let tokens = Self.tokens(text)
            for t in tokens { counts[t, default: 0] += 1 }
            for t in Set(tokens) { documents[t, default: 0] += 1 }
        }
        var learned = counts.sorted { a, b in a.value != b.value ? a.value > b.value : b.key.utf8.lexicographicallyPrecedes(a.key.utf8) }
            .map(\.key)
        if let maxTokens { learned = Array(learned.prefix(maxTokens - specialCount)) }
        vocabulary = (outputMode == .int ? [Self.paddingToken, Self.unknownToken] : [Self.unknownToken]) + learned
        index = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0) })
        if outputMode == .tfIdf {
            let n = Double(texts.count)
            let idf = learned.map { Float(Foundation.log(1 + n / (1 + Double(documents[$0] ?? 0)))) }
            let mean = idf.isEmpty ? 0 : idf.reduce(0, +) / Float(idf.count)
            idfWeights = [mean] + idf
        } else {
            idfWeights = []
        }
    }

    /// Keras's `vocabulary_size()`.
    public var vocabularySize: Int { vocabulary.count }

    /// The id of each token (1 for unknown tokens in `.int`, 0 in the others).
    func id(_ token: String) -> Int { index[token] ?? (outputMode == .int ? 1 : 0) }

    /// `.int`: [n, length] ids (padded with 0 or cut to `outputSequenceLength`, else to the
    /// longest text); the other modes: [n, vocabularySize] rows.
    public func callAsFunction(_ texts: [String]) throws -> Tensor {
        guard !vocabulary.isEmpty else { throw EngineError("TextVectorization: call adapt(texts) before vectorizing") }
        let ids = texts.map { Self.tokens($0).map(id) }
        switch outputMode {
        case .int:
            let length = outputSequenceLength ?? ids.map(\.count).max() ?? 0
            var scalars = [Float](repeating: 0, count: texts.count * length)
            for (r, row) in ids.enumerated() {
                for (c, v) in row.prefix(length).enumerated() { scalars[r * length + c] = Float(v) }
            }
            return Tensor(shape: [texts.count, length], scalars: scalars)
        case .multiHot, .count, .tfIdf:
            let width = vocabulary.count
            var scalars = [Float](repeating: 0, count: texts.count * width)
            for (r, row) in ids.enumerated() {
                for v in row {
                    if outputMode == .multiHot { scalars[r * width + v] = 1 } else { scalars[r * width + v] += 1 }
                }
            }
            if outputMode == .tfIdf {
                for i in scalars.indices where scalars[i] != 0 { scalars[i] *= idfWeights[i % width] }
            }
            return Tensor(shape: [texts.count, width], scalars: scalars)
        }
    }
}
