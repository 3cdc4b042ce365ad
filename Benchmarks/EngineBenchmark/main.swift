// Trains the flagship and deep Fashion-MNIST models and prints seconds per epoch, GFLOPS,
// peak RSS and test accuracy. Usage: EngineBenchmark [small|deep|all] [--threads N] [--epochs N]
import Engine
import Foundation

let args = CommandLine.arguments.dropFirst()
func option(_ name: String) -> Int? {
    guard let i = args.firstIndex(of: name), args.index(after: i) < args.endIndex else { return nil }
    return Int(args[args.index(after: i)])
}
let which = args.first { !$0.hasPrefix("--") && Int($0) == nil } ?? "all"
if let t = option("--threads") { BLAS.threads = t }
let epochs = option("--epochs") ?? 5

/// Peak resident set size in MB (VmHWM).
func peakRSSMB() -> Double {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kb / 1024
    }
    return 0
}

/// Training FLOPs per sample: forward 2·in·out per Dense, backward 2·in·out for dW and for dX
/// (no dX for the first layer).
func flopsPerSample(_ sizes: [Int]) -> Double {
    var f = 0.0
    for i in 0..<(sizes.count - 1) {
        let mac = Double(sizes[i] * sizes[i + 1])
        f += 2 * mac * (i == 0 ? 2 : 3)
    }
    return f
}

let loadStart = Date()
let data = try FashionMNIST.load()
let xTrain = try data.train.images.reshaped([-1, 784]) / 255
let yTrain = try toCategorical(data.train.labels, classes: 10)
let xTest = try data.test.images.reshaped([-1, 784]) / 255
let yTest = try toCategorical(data.test.labels, classes: 10)
print(String(format: "loaded Fashion-MNIST in %.2f s; OpenBLAS threads: %d", Date().timeIntervalSince(loadStart), BLAS.threads))

func run(_ label: String, _ layers: [Layer], sizes: [Int]) throws {
    EngineRandom.seed(42)
    let model = Sequential(layers)
    try model.compile(optimizer: RMSprop(), loss: .categoricalCrossentropy, metrics: [.accuracy])
    let h = try model.fit(xTrain, yTrain, epochs: epochs, batchSize: 128, verbose: 2)
    let times = h.epochs.map(\.seconds)
    let tail = Array(times.dropFirst()).sorted()
    let median = tail.isEmpty ? times[0] : (tail.count % 2 == 1 ? tail[tail.count / 2] : (tail[tail.count / 2 - 1] + tail[tail.count / 2]) / 2)
    let gflops = flopsPerSample(sizes) * 60000 / median / 1e9
    let test = try model.evaluate(xTest, yTest, batchSize: 128)
    print(String(format: "%@: median %.3f s/epoch (epochs 2–%d), %.1f GFLOPS, peak RSS %.0f MB, test accuracy %.4f, epoch times %@",
                 label as NSString, median, epochs, gflops, peakRSSMB(), try test["accuracy"],
                 times.map { String(format: "%.3f", $0) }.joined(separator: " ") as NSString))
}

if which == "small" || which == "all" {
    try run("small 784-128-10", [Dense(128, activation: .relu, inputShape: [784]), Dense(10, activation: .softmax)], sizes: [784, 128, 10])
}
if which == "deep" || which == "all" {
    try run("deep 784-512-512-512-10", [
        Dense(512, activation: .relu, inputShape: [784]), Dropout(0.2),
        Dense(512, activation: .relu), Dense(512, activation: .relu), Dropout(0.2),
        Dense(10, activation: .softmax),
    ], sizes: [784, 512, 512, 512, 10])
}
