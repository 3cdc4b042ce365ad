// The text pipeline of Keras's word-embeddings tutorial, as a cell writes it: TextVectorization
// learns a vocabulary, turns reviews into padded id sequences, an Embedding reads them.
// Vocabulary and ids as Keras 3.15.1 (TensorFlow 2.21) gives them for these reviews.
let reviews = ["A great, moving film.", "Dull and far too long.", "Great acting; great story!", "Too long, too dull"]
let labels = Tensor([[1], [0], [1], [0]])
let vectorize = TextVectorization(maxTokens: 20, outputSequenceLength: 6)
vectorize.adapt(reviews)
print(vectorize.vocabularySize(), Array(vectorize.getVocabulary().prefix(5)))   // expect: 13 ["", "[UNK]", "too", "great", "long"]
let ids = vectorize(reviews)
print(ids.shape, ids[0].scalars)         // expect: [4, 6] [12.0, 3.0, 7.0, 8.0, 0.0, 0.0]
let model = Sequential([
    Embedding(inputDim: 20, outputDim: 4, inputShape: [6]),
    Flatten(),
    Dense(1, activation: .sigmoid),
])
model.compile(optimizer: Adam(learningRate: 0.05), loss: .binaryCrossentropy, metrics: ["accuracy"])
let history = model.fit(ids, labels, epochs: 30, batchSize: 4, verbose: 0)
print(history["accuracy"].last!)         // expect: 1.0
print(model.layers[0].getWeights()[0].shape, model.countParams())   // expect: [20, 4] 105
// Bag of words and TF-IDF rows have one column per vocabulary entry ("[UNK]" first).
let bag = TextVectorization(outputMode: "multi_hot")
bag.adapt(reviews)
print(bag(["great great zebra"]).scalars.prefix(4))   // expect: [1.0, 0.0, 1.0, 0.0]
print(TextVectorization(outputMode: "tf_idf"))   // expect: <TextVectorization outputMode=tf_idf, vocabulary=0>
// Normalization learns mean and variance with adapt; its weights are non-trainable.
let features = Tensor([[1, 10], [2, 20], [3, 60]])
let normalizer = Normalization()
normalizer.adapt(features)
print(normalizer.mean, normalizer.countParams())   // expect: [ 2. 30.] 5
// An adapted first layer gives the model its input shape, so the model is built at once.
let regression = Sequential([normalizer, Dense(1)])
print(regression.countParams())          // expect: 8
print(regression.predict(features, verbose: 0).shape)   // expect: [3, 1]
vectorize(["x"])
TextVectorization(outputMode: "bag")
// expect error: TextVectorization: outputMode must be "int", "multi_hot", "count" or "tf_idf", received "bag"
