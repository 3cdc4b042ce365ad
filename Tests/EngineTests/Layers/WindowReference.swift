import Foundation
@testable import Engine

/// Plain Double loops for convolution and pooling, written from Keras's rules independently of
/// the engine's geometry code (im2col, C kernels), for forward and finite-difference checks.
struct WindowRef {
    let n: Int, h: Int, w: Int, c: Int
    let kh: Int, kw: Int, sh: Int, sw: Int
    let oh: Int, ow: Int, pt: Int, pl: Int

    /// Keras: valid → floor((n − k)/s) + 1; same → ceil(n/s), padding total max((o−1)s + k − n, 0), half before.
    init(n: Int, h: Int, w: Int, c: Int, kh: Int, kw: Int, sh: Int, sw: Int, same: Bool) {
        self.n = n; self.h = h; self.w = w; self.c = c
        self.kh = kh; self.kw = kw; self.sh = sh; self.sw = sw
        func axis(_ size: Int, _ k: Int, _ s: Int) -> (Int, Int) {
            if !same { return ((size - k) / s + 1, 0) }
            let o = Int((Double(size) / Double(s)).rounded(.up))
            return (o, max((o - 1) * s + k - size, 0) / 2)
        }
        (oh, pt) = axis(h, kh, sh)
        (ow, pl) = axis(w, kw, sw)
    }

    /// Input coordinates of window (oy, ox) that fall inside the image.
    func cells(_ oy: Int, _ ox: Int) -> [(Int, Int, Int, Int)] {
        var out: [(Int, Int, Int, Int)] = []
        for i in 0..<kh { for j in 0..<kw {
            let iy = oy * sh - pt + i, ix = ox * sw - pl + j
            if iy >= 0, iy < h, ix >= 0, ix < w { out.append((i, j, iy, ix)) }
        } }
        return out
    }

    /// Convolution with kernel [kh, kw, c, f] and bias [f], then the activation.
    func conv(_ x: [Double], kernel: [Double], bias: [Double]?, filters f: Int, activation: Activation) -> [Double] {
        var z = [Double](repeating: 0, count: n * oh * ow * f)
        for b in 0..<n { for oy in 0..<oh { for ox in 0..<ow { for o in 0..<f {
            var s = bias?[o] ?? 0
            for (i, j, iy, ix) in cells(oy, ox) {
                for ch in 0..<c { s += x[((b * h + iy) * w + ix) * c + ch] * kernel[((i * kw + j) * c + ch) * f + o] }
            }
            z[((b * oh + oy) * ow + ox) * f + o] = s
        } } } }
        return Ref.act(activation, z, cols: f)
    }

    /// Max or mean over the cells of each window inside the image.
    func pool(_ x: [Double], max takesMax: Bool) -> [Double] {
        var y = [Double](repeating: 0, count: n * oh * ow * c)
        for b in 0..<n { for oy in 0..<oh { for ox in 0..<ow { for ch in 0..<c {
            let values = cells(oy, ox).map { x[((b * h + $0.2) * w + $0.3) * c + ch] }
            y[((b * oh + oy) * ow + ox) * c + ch] = takesMax ? values.max()! : values.reduce(0, +) / Double(values.count)
        } } } }
        return y
    }
}

/// One training-mode forward and backward of a layer on raw buffers.
enum LayerRun {
    /// Output, dL/dx and the trainable parameters' gradients for upstream gradient `c`.
    static func gradients(_ layer: Layer, x: [Float], batch: Int, c: [Float]) throws -> (out: [Float], dx: [Float], grads: [[Float]]) {
        try Ref.layerGradients(layer, x: x, batch: batch, c: c)
    }

    /// Σ c·y: the objective whose gradient the checks compare.
    static func dot(_ y: [Double], _ c: [Float]) -> Double { zip(y, c).map { $0 * Double($1) }.reduce(0, +) }
}
