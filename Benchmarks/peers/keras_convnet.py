"""Keras 3 twin of `EngineBenchmark conv`: Keras's "simple MNIST convnet" on Fashion-MNIST.

Usage: keras_convnet.py [--images N] [--epochs N] [--seed N] [--verbose]
Same recipe as Benchmarks/EngineBenchmark/ConvBenchmark.swift: pixels / 255 as [N, 28, 28, 1],
one-hot labels, the first N training images (default 60000), Conv2D 32 3×3 relu → MaxPool 2 →
Conv2D 64 3×3 relu → MaxPool 2 → Flatten → Dropout 0.5 → Dense 10 softmax, Adam defaults,
categorical crossentropy, batch 128, then evaluate on the 10,000 test images with batch 128.
The backend comes from KERAS_BACKEND (default here: jax); data and helpers as keras_fashion.py.
"""
import argparse
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import keras_fashion as peers  # noqa: E402  (sets the backend and hides TensorFlow first)
import keras  # noqa: E402

# Counted as ConvBenchmark.swift counts: forward, dK and dx per Conv2D (no dx for the first).
CONV1, CONV2, DENSE = 2.0 * 26 * 26 * 9 * 32, 2.0 * 11 * 11 * 288 * 64, 2.0 * 1600 * 10
FLOPS_PER_SAMPLE = 2 * CONV1 + 3 * CONV2 + 3 * DENSE


def convnet():
    layers = keras.layers
    return keras.Sequential([
        keras.Input(shape=(28, 28, 1)),
        layers.Conv2D(32, kernel_size=(3, 3), activation="relu"),
        layers.MaxPooling2D(pool_size=(2, 2)),
        layers.Conv2D(64, kernel_size=(3, 3), activation="relu"),
        layers.MaxPooling2D(pool_size=(2, 2)),
        layers.Flatten(),
        layers.Dropout(0.5),
        layers.Dense(10, activation="softmax"),
    ])


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--images", type=int, default=60000)
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--verbose", action="store_true")
    args = p.parse_args()
    x_train, y_train, x_test, y_test = peers.load()
    x_train = x_train[:args.images].reshape(-1, 28, 28, 1)
    y_train = y_train[:args.images]
    x_test = x_test.reshape(-1, 28, 28, 1)
    print(f"Keras {keras.__version__}, backend {keras.backend.backend()}, {len(x_train)} images")
    keras.utils.set_random_seed(args.seed)
    model = convnet()
    model.compile(optimizer=keras.optimizers.Adam(), loss="categorical_crossentropy", metrics=["accuracy"])
    clock = peers.EpochClock()
    model.fit(x_train, y_train, epochs=args.epochs, batch_size=128, callbacks=[clock], verbose=2 if args.verbose else 0)
    median = statistics.median(clock.wall[1:] or clock.wall)
    _, accuracy = model.evaluate(x_test, y_test, batch_size=128, verbose=0)
    print(f"convnet (Keras simple MNIST convnet, {len(x_train)} images, Adam, batch 128): median {median:.3f} s/epoch "
          f"(epochs 2–{args.epochs}), {FLOPS_PER_SAMPLE * len(x_train) / median / 1e9:.1f} GFLOPS, "
          f"peak RSS {peers.peak_rss_mb():.0f} MB, test accuracy {accuracy:.4f}, "
          f"epoch times {' '.join(f'{t:.3f}' for t in clock.wall)}; CPU s/epoch {' '.join(f'{t:.3f}' for t in clock.cpu)}")


if __name__ == "__main__":
    main()
