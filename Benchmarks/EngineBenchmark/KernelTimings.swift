import CEngineKernels
import Engine
import Foundation

/// Prints the best-of-200 time of the RMSprop, Adam and bias+ReLU kernels on the small model's
/// shapes for each kernel path this CPU runs, twice in alternation (the machine is shared).
func timeKernelPaths() {
    let n = 784 * 128
    var w = [Float](repeating: 0.01, count: n), s = [Float](repeating: 0.1, count: n)
    var m = [Float](repeating: 0, count: n), v = [Float](repeating: 0, count: n)
    let g = (0..<n).map { Float($0 % 7) * 0.1 - 0.3 }
    var z = [Float](repeating: 0.5, count: 128 * 128)
    let b = [Float](repeating: -0.25, count: 128)
    func best(_ body: () -> Void) -> Double {
        var t = Double.infinity
        for _ in 0..<200 {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            t = min(t, Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
        }
        return t
    }
    let paths = KernelPath.avx2Available ? ["portable", "avx2", "portable", "avx2"] : ["portable", "portable"]
    for path in paths {
        KernelPath.use(path)
        let rms = best { ek_rmsprop(&w, g, &s, n, 0.001, 0.9, 1e-7) }
        let adam = best { ek_adam(&w, g, &m, &v, n, 0.001, 0.9, 0.999, 1e-7) }
        let relu = best { ek_bias_relu(&z, b, 128, 128) }
        print(String(format: "%@: rmsprop %.1f µs, adam %.1f µs (%d weights), bias_relu %.2f µs (128×128)",
                     KernelPath.current as NSString, rms, adam, n, relu))
    }
}
