import Foundation
import XCTest
@testable import Engine

/// Embedding, Normalization and TextVectorization: values, gradients by finite differences, and
/// the shapes, parameter counts and vocabulary order Keras 3 gives (expected vocabularies and
/// vectors recorded from Keras 3.15.1's TextVectorization on TensorFlow 2.21 with these inputs).
final class PreprocessingTests: XCTestCase {
    func testEmbeddingGathersRowsAndScatterAddsGradients() throws {
        let embedding = Embedding(inputDim: 4, outputDim: 3, inputShape: [5])
        try embedding.build(inputShape: [5])
        XCTAssertEqual(embedding.outputShape, [5, 3])
        XCTAssertEqual(embedding.countParams, 12)
        let table = Ref.random(12, seed: 41)
        try embedding.setWeights([Tensor(shape: [4, 3], scalars: table)])
        // Two samples; id 2 repeats, so its row's gradient accumulates.
        let ids: [Float] = [2, 0, 3, 2, 1, 2, 2, 0, 0, 1]
        let c = Ref.random(ids.count * 3, seed: 42)
        let (out, _, grads) = try Ref.layerGradients(embedding, x: ids, batch: 2, c: c)
        func forward(_ t: [Double]) -> [Double] { ids.flatMap { id in (0..<3).map { t[Int(id) * 3 + $0] } } }
        let t64 = table.map(Double.init)
        XCTAssertEqual(out.map(Double.init), forward(t64))
        func objective(_ t: [Double]) -> Double { zip(forward(t), c).map { $0 * Double($1) }.reduce(0, +) }
        Ref.assertClose(grads[0], Ref.numericGradient(t64, objective), "Embedding embeddings")
        XCTAssertEqual(Embedding(inputDim: 4, outputDim: 3, maskZero: true).maskZero, true)
    }

    func testEmbeddingRejectsIdsOutsideItsTable() throws {
        let embedding = Embedding(inputDim: 4, outputDim: 2)
        XCTAssertThrowsError(try embedding(Tensor([[1, 4]]))) { error in
            XCTAssertTrue("\(error)".contains("token id 4.0, outside 0..<4"), "\(error)")
        }
        XCTAssertThrowsError(try embedding(Tensor([[1.5, 0]])))
    }

    func testNormalizationAdaptsPopulationStatisticsAndStandardizes() throws {
        let data = try Tensor([[1, 10], [2, 20], [3, 60]])
        let norm = Normalization()
        try norm.adapt(data)
        XCTAssertEqual(norm.mean.scalars, [2, 30])
        XCTAssertEqual(norm.variance.scalars[0], 2.0 / 3.0, accuracy: 1e-6)
        XCTAssertEqual(norm.variance.scalars[1], 1400.0 / 3.0, accuracy: 1e-3)
        // 2 features: mean, variance and Keras's scalar count, all non-trainable.
        XCTAssertEqual(norm.countParams, 5)
        XCTAssertEqual(norm.trainableParamCount, 0)
        let y = try norm(data)
        XCTAssertEqual(Double(y.scalars[0]), -1 / (2.0 / 3.0).squareRoot(), accuracy: 1e-5)
        // One pair of statistics for the whole input with axis nil (Keras's single-feature example).
        let single = Normalization(axis: nil)
        try single.adapt(try Tensor([[1], [3]]))
        XCTAssertEqual(single.mean.scalars, [2])
        XCTAssertEqual(single.countParams, 3)
        // The input gradient is dy / σ per feature.
        let c = Ref.random(6, seed: 43)
        let (_, dx, _) = try Ref.layerGradients(norm, x: data.scalars, batch: 3, c: c)
        for (i, g) in dx.enumerated() {
            XCTAssertEqual(Double(g), Double(c[i]) / Double(norm.variance.scalars[i % 2]).squareRoot(), accuracy: 1e-5)
        }
    }

    func testTextVectorizationFollowsKerasStandardizationAndVocabularyOrder() throws {
        let texts = ["The cat sat.", "the CAT, the hat!", "A dog's bone"]
        XCTAssertEqual(TextVectorization.tokens("the CAT, the hat!"), ["the", "cat", "the", "hat"])
        XCTAssertEqual(TextVectorization.tokens("  A dog's\tbone\n"), ["a", "dogs", "bone"])
        let v = try TextVectorization(outputSequenceLength: 4)
        try v.adapt(texts)
        // Counts: the 3, cat 2, the rest 1 — ties by token, descending (Keras's reversed lexsort).
        XCTAssertEqual(v.vocabulary, ["", "[UNK]", "the", "cat", "sat", "hat", "dogs", "bone", "a"])
        XCTAssertEqual(try v(["the cat", "a zebra sat on the hat"]).scalars, [2, 3, 0, 0, 8, 1, 4, 1])
        let capped = try TextVectorization(maxTokens: 4)
        try capped.adapt(texts)
        XCTAssertEqual(capped.vocabulary, ["", "[UNK]", "the", "cat"])
        XCTAssertEqual(try capped(["cat hat", "the"]).shape, [2, 2])   // padded to the longest
        let hot = try TextVectorization(maxTokens: 4, outputMode: .multiHot)
        try hot.adapt(texts)
        XCTAssertEqual(hot.vocabulary, ["[UNK]", "the", "cat", "sat"])
        XCTAssertEqual(try hot(["the the zebra"]).scalars, [1, 1, 0, 0])
        // Only ASCII is lowercased and stripped, as TensorFlow's byte-wise ops do.
        let wide = try TextVectorization()
        try wide.adapt(["Ünïcode ÀB  tabs\there — dash", "x"])
        XCTAssertEqual(wide.vocabulary, ["", "[UNK]", "—", "Ünïcode", "Àb", "x", "tabs", "here", "dash"])
        let counts = try TextVectorization(outputMode: .count)
        try counts.adapt(texts)
        XCTAssertEqual(Array(try counts(["the the zebra"]).scalars.prefix(2)), [1, 2])
    }

    func testTfIdfWeightsUseKerasFormula() throws {
        let v = try TextVectorization(outputMode: .tfIdf)
        try v.adapt(["a b", "a c", "a"])
        // idf = ln(1 + 3 / (1 + df)): a in 3 documents, b and c in 1; OOV gets their mean.
        let a = Foundation.log(1 + 3.0 / 4), b = Foundation.log(1 + 3.0 / 2)
        XCTAssertEqual(v.vocabulary, ["[UNK]", "a", "c", "b"])
        let row = try v(["a a b zebra"]).scalars.map(Double.init)
        XCTAssertEqual(row[1], 2 * a, accuracy: 1e-6)
        XCTAssertEqual(row[3], b, accuracy: 1e-6)
        XCTAssertEqual(row[0], (a + 2 * b) / 3, accuracy: 1e-6)
        XCTAssertEqual(row[2], 0)
    }

    /// Keras 3.15.1 (JAX) on the same weights: Embedding(5, 2, mask_zero=True) →
    /// GlobalAveragePooling1D averages only the non-padding steps, through a Dense in between too.
    func testMaskZeroReachesGlobalAveragePooling() throws {
        let table = Tensor(shape: [5, 2], scalars: (0..<10).map { Float($0) / 10 })
        let pooled = Sequential([Embedding(inputDim: 5, outputDim: 2, maskZero: true, inputShape: [4]), GlobalAveragePooling1D()])
        try pooled.layers[0].setWeights([table])
        let out = try pooled.predict(try Tensor([[1, 2, 0, 0], [3, 0, 4, 0]])).scalars
        for (got, want) in zip(out, [0.3, 0.4, 0.7, 0.8] as [Float]) { XCTAssertEqual(got, want, accuracy: 1e-6) }
        let through = Sequential([Embedding(inputDim: 5, outputDim: 2, maskZero: true, inputShape: [4]),
                                  Dense(3, kernelInitializer: .ones), GlobalAveragePooling1D()])
        try through.layers[0].setWeights([table])
        XCTAssertEqual(try through.predict(try Tensor([[1, 2, 0, 0]])).scalars, [0.7, 0.7, 0.7].map { Float($0) })
        // Without maskZero every step counts.
        let plain = Sequential([Embedding(inputDim: 5, outputDim: 2, inputShape: [4]), GlobalAveragePooling1D()])
        try plain.layers[0].setWeights([table])
        XCTAssertEqual(try plain.predict(try Tensor([[1, 2, 0, 0]])).scalars[0], 0.15, accuracy: 1e-6)
    }

    func testMaskedPoolingGradient() throws {
        let pool = GlobalAveragePooling1D()
        try pool.build(inputShape: [3, 2])
        let mask: [Float] = [1, 1, 0, 1, 0, 0]
        pool.inputMask = mask
        let x = Ref.random(12, seed: 44), c = Ref.random(4, seed: 45)
        let (_, dx, _) = try Ref.layerGradients(pool, x: x, batch: 2, c: c)
        func forward(_ v: [Double]) -> [Double] {
            (0..<2).flatMap { b -> [Double] in
                let kept = (0..<3).filter { mask[b * 3 + $0] != 0 }
                return (0..<2).map { j in kept.map { v[(b * 3 + $0) * 2 + j] }.reduce(0, +) / Double(kept.count) }
            }
        }
        Ref.assertClose(dx, Ref.numericGradient(x.map(Double.init)) { zip(forward($0), c).map { $0 * Double($1) }.reduce(0, +) }, "masked pooling dx")
    }
}
