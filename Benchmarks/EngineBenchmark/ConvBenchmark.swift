import Engine
import Foundation

/// Training FLOPs per sample of Keras's "simple MNIST convnet": each Conv2D costs
/// 2·oh·ow·(kh·kw·cin)·filters forward and as much again for dK and for dx (no dx for the first
/// layer); the Dense layer likewise. Pooling, bias and activations are not counted.
let convnetFlopsPerSample: Double = {
    let conv1 = 2.0 * 26 * 26 * 9 * 32, conv2 = 2.0 * 11 * 11 * 288 * 64, dense = 2.0 * 1600 * 10
    return 2 * conv1 + 3 * conv2 + 3 * dense
}()

/// Keras's "simple MNIST convnet" (Conv2D 32 3×3 relu → MaxPool 2 → Conv2D 64 3×3 relu →
/// MaxPool 2 → Flatten → Dropout 0.5 → Dense 10 softmax, Adam, batch 128) on the first `images`
/// training images; prints s/epoch, GFLOPS, peak RSS and test accuracy on the 10,000 test images.
func runConvnet(xTrain: Tensor, yTrain: Tensor, xTest: Tensor, yTest: Tensor, images: Int, epochs: Int, verbose: Bool) throws {
    EngineRandom.seed(42)
    let model = Sequential([
        Conv2D(32, kernelSize: 3, activation: .relu, inputShape: [28, 28, 1]), MaxPooling2D(poolSize: 2),
        Conv2D(64, kernelSize: 3, activation: .relu), MaxPooling2D(poolSize: 2),
        Flatten(), Dropout(0.5), Dense(10, activation: .softmax),
    ])
    try model.compile(optimizer: Adam(), loss: .categoricalCrossentropy, metrics: [.accuracy])
    let n = Swift.min(images, xTrain.shape[0])
    let x = try xTrain[0..<n].reshaped([-1, 28, 28, 1]), y = try yTrain[0..<n]
    var cpuMarks = [processCPUSeconds()]
    let cpuProbe = ProgressCallback(onEpoch: { _ in cpuMarks.append(processCPUSeconds()); return .proceed })
    let h = try model.fit(x, y, epochs: epochs, batchSize: 128, callbacks: [cpuProbe], verbose: verbose ? 2 : 0)
    let cpu = zip(cpuMarks.dropFirst(), cpuMarks).map { $0 - $1 }
    let times = h.epochs.map(\.seconds)
    guard !times.isEmpty else { print("convnet: no epochs run"); return }
    let tail = Array(times.dropFirst()).sorted()
    let median = tail.isEmpty ? times[0] : (tail.count % 2 == 1 ? tail[tail.count / 2] : (tail[tail.count / 2 - 1] + tail[tail.count / 2]) / 2)
    let test = try model.evaluate(try xTest.reshaped([-1, 28, 28, 1]), yTest, batchSize: 128)
    print(String(format: "convnet (Keras simple MNIST convnet, %d images, Adam, batch 128): median %.3f s/epoch (epochs 2–%d), %.1f GFLOPS, peak RSS %.0f MB, test accuracy %.4f, epoch times %@; CPU s/epoch %@",
                 n, median, epochs, convnetFlopsPerSample * Double(n) / median / 1e9, peakRSSMB(), try test["accuracy"],
                 times.map { String(format: "%.3f", $0) }.joined(separator: " ") as NSString,
                 cpu.map { String(format: "%.3f", $0) }.joined(separator: " ") as NSString))
}
