// An image grid of 100,000 images shows the first 100, and says so.
imageGrid(Tensor.zeros([100_000, 4, 4]))
// expect output: figure imageGrid ""
// expect output line: imageGrid: 100 images 4x4, captions...
imageGrid(Tensor.zeros([1, 1000, 1000]))
// expect error: imageGrid: 1000000 pixels per image (1000×1000) is more than the 262144 a figure can show
