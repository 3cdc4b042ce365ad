/// 2-D convolution over NHWC images (Keras `Conv2D`): kernel [kh, kw, cin, filters], then bias.
public final class Conv2D: Convolution {
    public init(_ filters: Int, kernelSize: Size2D, strides: Size2D = 1, padding: Padding = .valid,
                activation: Activation = .linear, useBias: Bool = true,
                kernelInitializer: Initializer = .glorotUniform, biasInitializer: Initializer = .zeros,
                kernelRegularizer: Regularizer? = nil, biasRegularizer: Regularizer? = nil,
                inputShape: [Int]? = nil, name: String? = nil) {
        super.init(spatialRank: 2, filters: filters, kernelSize: kernelSize, strides: strides, padding: padding,
                   activation: activation, useBias: useBias, kernelInitializer: kernelInitializer,
                   biasInitializer: biasInitializer, kernelRegularizer: kernelRegularizer, biasRegularizer: biasRegularizer,
                   typeName: "Conv2D", baseName: "conv2d", inputShape: inputShape, name: name)
    }
}
