import Engine
import Foundation

/// The synthetic reviews both sides train on (Benchmarks/peers/keras_embedding.py builds the
/// same ones): `rows` sequences of `length` ids in 2..<10,000 from an integer hash, label 1 when
/// most ids are odd — deterministic, no download, the shape of the word-embeddings tutorial.
func syntheticReviews(rows: Int, length: Int) -> (x: Tensor, y: Tensor) {
    var ids = [Float](), labels = [Float]()
    ids.reserveCapacity(rows * length)
    for i in 0..<rows {
        var odd = 0
        for j in 0..<length {
            let id = ((i * 7919 + j * 104_729 + (i * j) % 1009) * 2_654_435_761) % 9998 + 2
            odd += id % 2
            ids.append(Float(id))
        }
        labels.append(2 * odd > length ? 1 : 0)
    }
    return (Tensor(shape: [rows, length], scalars: ids), Tensor(shape: [rows, 1], scalars: labels))
}

/// Embedding(10,000, 16) → GlobalAveragePooling1D → Dense(16, relu) → Dense(1, sigmoid), Adam,
/// batch 128 (issue #12's text model); prints the median s/epoch and peak RSS.
func runEmbedding(rows: Int, length: Int, epochs: Int, verbose: Bool) throws {
    EngineRandom.seed(42)
    let (x, y) = syntheticReviews(rows: rows, length: length)
    let model = Sequential([
        Embedding(inputDim: 10_000, outputDim: 16, inputShape: [length]), GlobalAveragePooling1D(),
        Dense(16, activation: .relu), Dense(1, activation: .sigmoid),
    ])
    try model.compile(optimizer: Adam(), loss: .binaryCrossentropy, metrics: [.accuracy])
    let h = try model.fit(x, y, epochs: epochs, batchSize: 128, verbose: verbose ? 2 : 0)
    let times = h.epochs.map(\.seconds)
    let tail = Array(times.dropFirst()).sorted()
    let median = tail.isEmpty ? times.first ?? 0 : tail[tail.count / 2]
    print(String(format: "embedding (Embedding 10000×16 → GAP1D → Dense 16 → Dense 1, %d × %d ids, Adam, batch 128): median %.3f s/epoch (epochs 2–%d), peak RSS %.0f MB, final loss %.4f, epoch times %@",
                 rows, length, median, epochs, peakRSSMB(), try h["loss"].last ?? .nan,
                 times.map { String(format: "%.3f", $0) }.joined(separator: " ") as NSString))
}
