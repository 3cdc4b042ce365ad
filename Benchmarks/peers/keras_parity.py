"""Records Keras 3 loss-per-epoch figures that EngineTests' parity tests compare against.

Usage: keras_parity.py OUT_DIR      (KERAS_BACKEND defaults to jax; run in the peers venv)
Writes OUT_DIR/<model>_initial_*.npy (the shared initial weights) and OUT_DIR/keras-losses.tsv
(case, epoch, loss). Data: the first 6,000 Fashion-MNIST training images / 255 with one-hot
labels (2,000 as 28×28×1 grids for the convnet), and 2,000 synthetic reviews of 20 ids (the hash
of keras_embedding.py, ids mod 1,000) for the embedding model; batch 100, no shuffle, so both
sides see the same batches in the same order.
"""
import gzip
import os
import sys

os.environ.setdefault("KERAS_BACKEND", "jax")
sys.modules.setdefault("tensorflow", None)

import numpy as np  # noqa: E402
import keras  # noqa: E402

DATA_DIR = os.environ.get("FASHION_MNIST_DIR", "/usr/share/datasets/fashion-mnist")
ROWS, BATCH, EPOCHS = 6000, 100, 5


def read_idx(name):
    with gzip.open(os.path.join(DATA_DIR, name), "rb") as f:
        raw = f.read()
    rank = raw[3]
    dims = [int.from_bytes(raw[4 + 4 * i: 8 + 4 * i], "big") for i in range(rank)]
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * rank).reshape(dims)


def data():
    x = read_idx("train-images-idx3-ubyte.gz")[:ROWS].reshape(-1, 784).astype("float32") / 255
    y = keras.utils.to_categorical(read_idx("train-labels-idx1-ubyte.gz")[:ROWS], 10)
    return x, y


def dense_model():
    return keras.Sequential([keras.Input((784,)), keras.layers.Dense(64, activation="relu"),
                             keras.layers.Dense(10, activation="softmax")])


# case name -> optimizer factory; the Swift test builds the same ones by name.
CASES = {
    "sgd": lambda: keras.optimizers.SGD(learning_rate=0.05),
    "sgd_momentum": lambda: keras.optimizers.SGD(learning_rate=0.05, momentum=0.9),
    "sgd_nesterov": lambda: keras.optimizers.SGD(learning_rate=0.05, momentum=0.9, nesterov=True),
    "adam": lambda: keras.optimizers.Adam(learning_rate=0.001),
}


def conv_model():
    return keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Conv2D(8, 3, activation="relu"), keras.layers.MaxPooling2D(2),
                             keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])


def embedding_model():
    return keras.Sequential([keras.Input((20,)), keras.layers.Embedding(1000, 8, mask_zero=True), keras.layers.GlobalAveragePooling1D(),
                             keras.layers.Dense(1, activation="sigmoid")])


def reviews(rows=2000, length=20):
    i = np.arange(rows, dtype=np.int64)[:, None]
    j = np.arange(length, dtype=np.int64)[None, :]
    ids = (((i * 7919 + j * 104729 + (i * j) % 1009) * 2654435761) % 9998 + 2) % 1000
    ids[:, 15:] *= (i % 3 != 0)          # a third of the reviews end in padding (id 0)
    labels = (2 * (ids[:, :15] % 2).sum(axis=1) > 15).astype("float32")[:, None]
    return ids.astype("float32"), labels


def train(out, name, make_model, x, y, cases, loss):
    """Saves the initial weights once, then one row per case and epoch."""
    init = make_model().get_weights()
    for i, w in enumerate(init):
        np.save(os.path.join(out, f"{name}_initial_{i}.npy"), w)
    rows = []
    for case, make in cases.items():
        model = make_model()
        model.set_weights(init)
        model.compile(optimizer=make(), loss=loss)
        h = model.fit(x, y, epochs=EPOCHS, batch_size=BATCH, shuffle=False, verbose=0)
        rows += [(case, e + 1, value) for e, value in enumerate(h.history["loss"])]
    return rows


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    keras.utils.set_random_seed(7)
    x, y = data()
    rows = train(out, "dense", dense_model, x, y, CASES, "categorical_crossentropy")
    rows += train(out, "conv", conv_model, x[:2000].reshape(-1, 28, 28, 1), y[:2000],
                  {"conv_adam": lambda: keras.optimizers.Adam(learning_rate=0.001)}, "categorical_crossentropy")
    ids, labels = reviews()
    rows += train(out, "embedding", embedding_model, ids, labels,
                  {"embedding_adam": lambda: keras.optimizers.Adam(learning_rate=0.01)}, "binary_crossentropy")
    with open(os.path.join(out, "keras-losses.tsv"), "w") as f:
        f.write(f"# keras {keras.__version__}, backend {keras.backend.backend()}; Benchmarks/peers/keras_parity.py\n")
        f.write("case\tepoch\tloss\n")
        for case, epoch, loss in rows:
            f.write(f"{case}\t{epoch}\t{loss:.7g}\n")
    print(open(os.path.join(out, "keras-losses.tsv")).read())


if __name__ == "__main__":
    main()
