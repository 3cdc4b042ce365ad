"""Records Keras 3 loss-per-epoch figures that EngineTests' parity tests compare against.

Usage: keras_parity.py OUT_DIR      (KERAS_BACKEND defaults to jax; run in the peers venv)
Writes OUT_DIR/dense_initial_*.npy (the shared initial weights) and OUT_DIR/keras-losses.tsv
(case, epoch, loss). Data: the first 6,000 Fashion-MNIST training images / 255 with one-hot
labels, batch 100, no shuffle, so both sides see the same batches in the same order.
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


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    keras.utils.set_random_seed(7)
    x, y = data()
    init = dense_model().get_weights()
    for i, w in enumerate(init):
        np.save(os.path.join(out, f"dense_initial_{i}.npy"), w)
    rows = []
    for case, make in CASES.items():
        model = dense_model()
        model.set_weights(init)
        model.compile(optimizer=make(), loss="categorical_crossentropy")
        h = model.fit(x, y, epochs=EPOCHS, batch_size=BATCH, shuffle=False, verbose=0)
        rows += [(case, e + 1, loss) for e, loss in enumerate(h.history["loss"])]
    with open(os.path.join(out, "keras-losses.tsv"), "w") as f:
        f.write(f"# keras {keras.__version__}, backend {keras.backend.backend()}; Benchmarks/peers/keras_parity.py\n")
        f.write("case\tepoch\tloss\n")
        for case, epoch, loss in rows:
            f.write(f"{case}\t{epoch}\t{loss:.7g}\n")
    print(open(os.path.join(out, "keras-losses.tsv")).read())


if __name__ == "__main__":
    main()
