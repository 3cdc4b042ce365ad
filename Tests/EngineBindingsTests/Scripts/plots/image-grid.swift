// imageGrid shows [N, h, w] images with class names, or "true / predicted" captions.
let images = Tensor.zeros([3, 4, 4]) + 255
imageGrid(images, labels: Tensor([0, 2, 1]), classNames: ["zero", "one", "two"])
// expect output: figure imageGrid ""
// expect output line: imageGrid: 3 images 4x4, captions ["zero", "two", "one"]
imageGrid(images.reshaped([3, 16]), labels: [1, 1, 0], predictions: [1, 0, 0], classNames: ["zero", "one"], title: "Guesses")
// expect output: figure imageGrid "Guesses"
// expect output line: imageGrid: 3 images 4x4, captions...
