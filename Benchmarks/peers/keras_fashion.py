"""Keras 3 twin of EngineBenchmark: trains the same Fashion-MNIST models and prints the same figures.

Usage: keras_fashion.py [small|deep|all] [--epochs N] [--validation-split F] [--seed N] [--verbose]
The backend comes from KERAS_BACKEND (default here: jax). Data: the IDX gz files in
/usr/share/datasets/fashion-mnist (or $FASHION_MNIST_DIR), read with numpy + gzip, no download.
Same recipe as Benchmarks/EngineBenchmark/main.swift: pixels / 255, one-hot labels, seed 42,
RMSprop defaults, categorical crossentropy, batch 128, 5 epochs, no validation unless asked,
then evaluate on the 10,000 test images with batch 128.
"""
import argparse
import gzip
import os
import statistics
import sys
import time

os.environ.setdefault("KERAS_BACKEND", "jax")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
if os.environ["KERAS_BACKEND"] != "tensorflow" and os.environ.get("PEERS_ALLOW_TF") != "1":
    # keras.utils.set_random_seed imports TensorFlow whenever it is installed (to seed tf.data);
    # hide it so a JAX run measures JAX alone (TensorFlow loaded too added ~480 MB peak RSS here).
    sys.modules.setdefault("tensorflow", None)

import numpy as np  # noqa: E402
import keras  # noqa: E402

DATA_DIR = os.environ.get("FASHION_MNIST_DIR", "/usr/share/datasets/fashion-mnist")


def read_idx(name):
    """One IDX file (gzip) as a numpy array of its declared shape (uint8 data only)."""
    with gzip.open(os.path.join(DATA_DIR, name), "rb") as f:
        raw = f.read()
    if raw[0] != 0 or raw[1] != 0 or raw[2] != 0x08:
        raise ValueError(f"{name}: not an unsigned-byte IDX file")
    rank = raw[3]
    dims = [int.from_bytes(raw[4 + 4 * i: 8 + 4 * i], "big") for i in range(rank)]
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * rank).reshape(dims)


def load():
    """(x_train, y_train, x_test, y_test): float32 [N, 784] in [0, 1] and one-hot float32 labels."""
    def split(prefix):
        x = read_idx(f"{prefix}-images-idx3-ubyte.gz").reshape(-1, 784).astype("float32") / 255
        y = keras.utils.to_categorical(read_idx(f"{prefix}-labels-idx1-ubyte.gz"), 10)
        return x, y
    return (*split("train"), *split("t10k"))


def peak_rss_mb():
    """Peak resident set size (VmHWM) in MB, the figure EngineBenchmark prints."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


class EpochClock(keras.callbacks.Callback):
    """Wall and process-CPU seconds of every epoch (validation included, as in our fit)."""

    def __init__(self):
        super().__init__()
        self.wall, self.cpu = [], []

    def on_epoch_begin(self, epoch, logs=None):
        self._w, self._c = time.perf_counter(), time.process_time()

    def on_epoch_end(self, epoch, logs=None):
        self.wall.append(time.perf_counter() - self._w)
        self.cpu.append(time.process_time() - self._c)


def flops_per_sample(sizes):
    """Training FLOPs per sample, counted as EngineBenchmark counts them."""
    f = 0.0
    for i in range(len(sizes) - 1):
        f += 2 * sizes[i] * sizes[i + 1] * (2 if i == 0 else 3)
    return f


def small_model():
    return keras.Sequential([
        keras.Input(shape=(784,)),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ]), [784, 128, 10]


def deep_model():
    return keras.Sequential([
        keras.Input(shape=(784,)),
        keras.layers.Dense(512, activation="relu"),
        keras.layers.Dropout(0.2),
        keras.layers.Dense(512, activation="relu"),
        keras.layers.Dense(512, activation="relu"),
        keras.layers.Dropout(0.2),
        keras.layers.Dense(10, activation="softmax"),
    ]), [784, 512, 512, 512, 10]


def run(label, build, data, args):
    x_train, y_train, x_test, y_test = data
    keras.utils.set_random_seed(args.seed)
    model, sizes = build()
    model.compile(optimizer=keras.optimizers.RMSprop(), loss="categorical_crossentropy", metrics=["accuracy"])
    clock = EpochClock()
    model.fit(x_train, y_train, epochs=args.epochs, batch_size=128, validation_split=args.validation_split,
              callbacks=[clock], verbose=2 if args.verbose else 0)
    tail = clock.wall[1:] or clock.wall
    median = statistics.median(tail)
    trained = len(x_train) * (1 - args.validation_split)
    gflops = flops_per_sample(sizes) * trained / median / 1e9
    _, accuracy = model.evaluate(x_test, y_test, batch_size=128, verbose=0)
    cpu_median = statistics.median(clock.cpu[1:] or clock.cpu)
    print(f"{label}: median {median:.3f} s/epoch (epochs 2–{args.epochs}), {gflops:.1f} GFLOPS, "
          f"peak RSS {peak_rss_mb():.0f} MB, test accuracy {accuracy:.4f}, "
          f"epoch times {' '.join(f'{t:.3f}' for t in clock.wall)}; "
          f"CPU s/epoch {' '.join(f'{t:.3f}' for t in clock.cpu)} (median {cpu_median:.3f})")
    sys.stdout.flush()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("which", nargs="?", default="all", choices=["small", "deep", "all"])
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--validation-split", type=float, default=0.0)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--verbose", action="store_true", help="also print Keras's verbose-2 lines")
    args = p.parse_args()
    start = time.perf_counter()
    data = load()
    print(f"loaded Fashion-MNIST in {time.perf_counter() - start:.2f} s; Keras {keras.__version__}, "
          f"backend {keras.backend.backend()}")
    if args.which in ("small", "all"):
        run("small 784-128-10", small_model, data, args)
    if args.which in ("deep", "all"):
        run("deep 784-512-512-512-10", deep_model, data, args)


if __name__ == "__main__":
    main()
