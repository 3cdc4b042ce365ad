// Trains the flagship and deep Fashion-MNIST models and prints seconds per epoch, GFLOPS,
// peak RSS and test accuracy. Usage: EngineBenchmark [small|deep|all|conv|embedding|kernels] [--threads N] [--epochs N]
// [--images N] ("all" is the two dense models; "conv" trains Keras's simple MNIST convnet on the
// first N training images, default 60000, see ConvBenchmark.swift; "embedding" trains the text model on synthetic reviews, --images N of
// --length L ids, see EmbeddingBenchmark.swift; "kernels" times the
// elementwise C kernels on both paths instead, see KernelTimings.swift).
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

/// CPU time of the whole process (all threads), in seconds.
func processCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
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

/// Images scaled to [0, 1] as [N, 784] and one-hot labels. The split is moved out of the
/// loaded data so the scaling happens in place (no second copy of the images).
func prepare(_ split: inout FashionMNIST.Split) throws -> (Tensor, Tensor) {
    var x = split.images
    split.images = Tensor(shape: [0], scalars: [])
    x = try x.reshaped([-1, 784])
    x /= 255
    return (x, try toCategorical(split.labels, classes: 10))
}

if which == "kernels" {
    timeKernelPaths()
    exit(0)
}

let loadStart = Date()
var data = try FashionMNIST.load()
let (xTrain, yTrain) = try prepare(&data.train)
let (xTest, yTest) = try prepare(&data.test)
print(String(format: "loaded Fashion-MNIST in %.2f s; engine threads: %@, OpenBLAS kernels: %@, engine kernels: %@", Date().timeIntervalSince(loadStart), (option("--threads").map(String.init) ?? "auto (1 or 2, measured)") as NSString, BLAS.coreName as NSString, KernelPath.current as NSString))

func run(_ label: String, _ layers: [Layer], sizes: [Int]) throws {
    EngineRandom.seed(42)
    let model = Sequential(layers)
    try model.compile(optimizer: RMSprop(), loss: .categoricalCrossentropy, metrics: [.accuracy])
    // CPU seconds per epoch too: under contention from other processes wall time overstates.
    var cpuMarks = [processCPUSeconds()]
    let cpuProbe = ProgressCallback(onEpoch: { _ in cpuMarks.append(processCPUSeconds()); return .proceed })
    let h = try model.fit(xTrain, yTrain, epochs: epochs, batchSize: 128, callbacks: [cpuProbe], verbose: args.contains("--verbose") ? 2 : 0)
    let cpu = zip(cpuMarks.dropFirst(), cpuMarks).map { $0 - $1 }
    let times = h.epochs.map(\.seconds)
    guard !times.isEmpty else { print("\(label): no epochs run"); return }
    let tail = Array(times.dropFirst()).sorted()
    let median = tail.isEmpty ? times[0] : (tail.count % 2 == 1 ? tail[tail.count / 2] : (tail[tail.count / 2 - 1] + tail[tail.count / 2]) / 2)
    let gflops = flopsPerSample(sizes) * 60000 / median / 1e9
    let test = try model.evaluate(xTest, yTest, batchSize: 128)
    let cpuTail = Array(cpu.dropFirst()).sorted()
    let cpuMedian = cpuTail.isEmpty ? cpu[0] : cpuTail[cpuTail.count / 2]
    print(String(format: "%@: median %.3f s/epoch (epochs 2–%d), %.1f GFLOPS, peak RSS %.0f MB, test accuracy %.4f, epoch times %@; CPU s/epoch %@ (median %.3f)",
                 label as NSString, median, epochs, gflops, peakRSSMB(), try test["accuracy"],
                 times.map { String(format: "%.3f", $0) }.joined(separator: " ") as NSString,
                 cpu.map { String(format: "%.3f", $0) }.joined(separator: " ") as NSString, cpuMedian))
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
if which == "embedding" {
    try runEmbedding(rows: option("--images") ?? 25_000, length: option("--length") ?? 100, epochs: epochs, verbose: args.contains("--verbose"))
}
if which == "conv" {
    try runConvnet(xTrain: xTrain, yTrain: yTrain, xTest: xTest, yTest: yTest, images: option("--images") ?? 60000,
                   epochs: epochs, verbose: args.contains("--verbose"))
}
