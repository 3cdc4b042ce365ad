/// A model summary in Keras 3's columns; `text` is the exact terminal table.
public struct ModelSummary: Equatable, Sendable, Codable {
    public struct Row: Equatable, Sendable, Codable {
        public var name: String
        public var type: String
        public var outputShape: String
        public var params: Int
        public init(name: String, type: String, outputShape: String, params: Int) {
            self.name = name
            self.type = type
            self.outputShape = outputShape
            self.params = params
        }
    }
    public var modelName: String
    public var rows: [Row]
    /// What Keras prints as "Total params": weights, plus the optimizer's variables once it has run.
    public var totalParams: Int
    public var trainableParams: Int
    public var nonTrainableParams: Int
    /// The optimizer's variables (slots, step counter, learning rate), shown once training ran.
    public var optimizerParams: Int?
    public var text: String
    public init(modelName: String, rows: [Row], totalParams: Int, trainableParams: Int, nonTrainableParams: Int,
                optimizerParams: Int? = nil, text: String) {
        self.modelName = modelName
        self.rows = rows
        self.totalParams = totalParams
        self.trainableParams = trainableParams
        self.nonTrainableParams = nonTrainableParams
        self.optimizerParams = optimizerParams
        self.text = text
    }
}
