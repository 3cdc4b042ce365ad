import CEngineKernels

/// Keras's padding modes for convolution and pooling windows.
public enum Padding: String, Sendable, CustomStringConvertible {
    /// No padding: only windows that fit inside the input.
    case valid
    /// Zero padding (excluded from pooling) so that output size = ceil(input / stride).
    case same

    public var description: String { rawValue }
}

/// A window or stride size: one number for both axes (`3`) or one per axis (`[3, 2]`), as
/// Keras's `kernel_size=3` or `(3, 2)`.
public struct Size2D: Equatable, Sendable, ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral, CustomStringConvertible {
    public let height: Int
    public let width: Int

    public init(_ height: Int, _ width: Int) {
        self.height = height
        self.width = width
    }

    public init(integerLiteral n: Int) { self.init(n, n) }

    /// Two values; any other count gives a size that layers reject with a clear message.
    public init(arrayLiteral values: Int...) {
        self.init(values.count == 2 ? values[0] : 0, values.count == 2 ? values[1] : 0)
    }

    /// "(3, 3)", as Keras prints tuples.
    public var description: String { "(\(height), \(width))" }
}

/// Where windows fall along one spatial axis (Keras's output-size and padding rules).
struct WindowAxis: Equatable {
    let output: Int
    /// Padding cells before the first input element ("same" puts the odd one after).
    let padBefore: Int

    /// "valid": floor((n − k) / s) + 1 windows; "same": ceil(n / s) windows with
    /// max((out − 1)·s + k − n, 0) padding split as Keras does; nil if no window fits.
    init?(input n: Int, window k: Int, stride s: Int, padding: Padding) {
        guard n > 0, k > 0, s > 0 else { return nil }
        switch padding {
        case .valid:
            guard n >= k else { return nil }
            output = (n - k) / s + 1
            padBefore = 0
        case .same:
            output = (n + s - 1) / s
            padBefore = Swift.max((output - 1) * s + k - n, 0) / 2
        }
    }
}

/// The spatial layout of a convolution or pooling layer, fixed at build time.
struct WindowGeometry {
    let height: Int, width: Int, channels: Int
    let window: Size2D, strides: Size2D
    let rows: WindowAxis, cols: WindowAxis

    /// Output elements per sample for `outChannels` output channels.
    func outputSize(_ outChannels: Int) -> Int { rows.output * cols.output * outChannels }

    /// The C kernels' description for a batch of `batch` samples.
    func kernelWindow(batch: Int) -> ek_window {
        ek_window(n: batch, h: height, w: width, c: channels, kh: window.height, kw: window.width,
                  sh: strides.height, sw: strides.width, pt: rows.padBefore, pl: cols.padBefore,
                  oh: rows.output, ow: cols.output)
    }

    /// Validates a per-sample input shape: [h, w, c] (`spatialRank` 2) or [steps, c] (1, seen as
    /// a 1 × steps image). Errors name the layer the way Keras's input checks do.
    init(input: [Int], spatialRank: Int, window: Size2D, strides: Size2D, padding: Padding, layer: String) throws {
        guard input.count == spatialRank + 1 else {
            let example = spatialRank == 2 ? "images [height, width, channels], e.g. x.reshaped([-1, 28, 28, 1])"
                                           : "sequences [steps, channels], e.g. x.reshaped([-1, 100, 1])"
            throw EngineError("Input 0 of layer \(layer) is incompatible with the layer: expected ndim=\(spatialRank + 2), found ndim=\(input.count + 1). Full shape received: \(Layer.batchShapeText(input)) (it takes \(example))")
        }
        let h = spatialRank == 2 ? input[0] : 1, w = input[spatialRank - 1], c = input[spatialRank]
        guard c > 0 else { throw EngineError("Layer \(layer) needs at least one input channel, received input shape \(Layer.batchShapeText(input))") }
        let sizes = [window.height, window.width, strides.height, strides.width]
        guard sizes.allSatisfy({ $0 > 0 }) else {
            throw EngineError("Layer \(layer): window sizes and strides must be positive whole numbers, received size \(window) and strides \(strides)")
        }
        guard let r = WindowAxis(input: h, window: window.height, stride: strides.height, padding: padding),
              let q = WindowAxis(input: w, window: window.width, stride: strides.width, padding: padding) else {
            let size = spatialRank == 2 ? window.description : String(window.width)
            throw EngineError("Layer \(layer): computed output size would be negative or zero: input shape \(Layer.batchShapeText(input)) is smaller than the window \(size) with padding \"\(padding)\"")
        }
        height = h; width = w; channels = c
        self.window = window; self.strides = strides
        rows = r; cols = q
    }

    /// The per-sample output shape with `outChannels` channels.
    func outputShape(spatialRank: Int, _ outChannels: Int) -> [Int] {
        spatialRank == 2 ? [rows.output, cols.output, outChannels] : [cols.output, outChannels]
    }
}
