// Fashion-MNIST loads once: 60,000 training and 10,000 test images of 28×28 pixels (0–255).
let fashion = try FashionMNIST.load()
print(fashion.train.images.shape, fashion.train.labels.shape)   // expect: [60000, 28, 28] [60000]
print(fashion.test.images.shape, fashion.test.labels.shape)     // expect: [10000, 28, 28] [10000]
print(FashionMNIST.classNames.count, FashionMNIST.classNames[0], FashionMNIST.classNames[9])   // expect: 10 T-shirt/top Ankle boot
let first = fashion.train.images[0..<100]
print(first.max() <= 255, first.min() >= 0, first.max() > 200)  // expect: true true true
print(fashion.test.labels.max(), fashion.test.labels.min())     // expect: 9.0 0.0
let x = fashion.train.images[0..<20].reshaped([-1, 784]) / 255
print(x.shape, x.max() <= 1)             // expect: [20, 784] true
print(toCategorical(fashion.train.labels[0..<20], classes: 10).shape)   // expect: [20, 10]
