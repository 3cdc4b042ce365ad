"""Keras 3 twin of `EngineBenchmark embedding`: the same synthetic reviews, the same text model.

Usage: keras_embedding.py [--rows N] [--length L] [--epochs E]   (KERAS_BACKEND defaults to jax)
Embedding(10000, 16) -> GlobalAveragePooling1D -> Dense(16, relu) -> Dense(1, sigmoid), Adam,
batch 128; prints the median seconds per epoch over epochs 2..E, as the Swift side does.
"""
import argparse
import os
import sys
import time

os.environ.setdefault("KERAS_BACKEND", "jax")
sys.modules.setdefault("tensorflow", None)

import numpy as np  # noqa: E402
import keras  # noqa: E402


def reviews(rows, length):
    """Ids and labels from the integer hash in EmbeddingBenchmark.swift."""
    i = np.arange(rows, dtype=np.int64)[:, None]
    j = np.arange(length, dtype=np.int64)[None, :]
    ids = ((i * 7919 + j * 104729 + (i * j) % 1009) * 2654435761) % 9998 + 2
    labels = (2 * (ids % 2).sum(axis=1) > length).astype("float32")[:, None]
    return ids.astype("float32"), labels


class Clock(keras.callbacks.Callback):
    def on_epoch_begin(self, epoch, logs=None):
        self.start = time.perf_counter()

    def on_epoch_end(self, epoch, logs=None):
        self.times.append(time.perf_counter() - self.start)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=25000)
    ap.add_argument("--length", type=int, default=100)
    ap.add_argument("--epochs", type=int, default=4)
    a = ap.parse_args()
    keras.utils.set_random_seed(42)
    x, y = reviews(a.rows, a.length)
    model = keras.Sequential([keras.Input((a.length,)), keras.layers.Embedding(10000, 16), keras.layers.GlobalAveragePooling1D(),
                              keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    clock = Clock()
    clock.times = []
    h = model.fit(x, y, epochs=a.epochs, batch_size=128, verbose=0, callbacks=[clock])
    tail = sorted(clock.times[1:]) or clock.times
    print(f"keras {keras.__version__} {keras.backend.backend()}: embedding {a.rows} x {a.length}: median {tail[len(tail) // 2]:.3f} s/epoch, "
          f"final loss {h.history['loss'][-1]:.4f}, epoch times {' '.join(f'{t:.3f}' for t in clock.times)}")


if __name__ == "__main__":
    main()
