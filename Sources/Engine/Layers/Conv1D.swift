/// 1-D convolution over sequences [steps, channels] (Keras `Conv1D`): kernel [k, cin, filters], then bias.
public final class Conv1D: Convolution {
    public init(_ filters: Int, kernelSize: Int, strides: Int = 1, padding: Padding = .valid,
                activation: Activation = .linear, useBias: Bool = true,
                kernelInitializer: Initializer = .glorotUniform, biasInitializer: Initializer = .zeros,
                kernelRegularizer: Regularizer? = nil, biasRegularizer: Regularizer? = nil,
                inputShape: [Int]? = nil, name: String? = nil) {
        // A sequence is a one-row image: the window spans one row and `kernelSize` steps.
        super.init(spatialRank: 1, filters: filters, kernelSize: Size2D(1, kernelSize), strides: Size2D(1, strides), padding: padding,
                   activation: activation, useBias: useBias, kernelInitializer: kernelInitializer,
                   biasInitializer: biasInitializer, kernelRegularizer: kernelRegularizer, biasRegularizer: biasRegularizer,
                   typeName: "Conv1D", baseName: "conv1d", inputShape: inputShape, name: name)
    }
}
