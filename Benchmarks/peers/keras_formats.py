"""Prints what real Keras 3 prints, for comparison with the engine's printed formats.

Usage: keras_formats.py   (KERAS_BACKEND picks the backend; default jax)
Shows model.summary() for the small and deep models before compile, after compile and after
training, fit's verbose=2 lines (with validation_split 0.1), evaluate's return value and its
default (verbose=1) printout, and History keys. Trains on the first 6,000 Fashion-MNIST
training images so it runs in seconds; the formats do not depend on the data size.
"""
import os
import sys

os.environ.setdefault("KERAS_BACKEND", "jax")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import keras  # noqa: E402
import numpy as np  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from keras_fashion import load, small_model, deep_model  # noqa: E402


def banner(text):
    print(f"\n===== {text} =====", flush=True)


def main():
    print(f"Keras {keras.__version__}, backend {keras.backend.backend()}")
    x_train, y_train, x_test, y_test = load()
    x_train, y_train = x_train[:6000], y_train[:6000]
    for label, build, optimizer in [("small", small_model, "rmsprop"), ("deep", deep_model, "rmsprop"),
                                    ("small", small_model, "adam"), ("small", small_model, "sgd"),
                                    ("small", small_model, "sgd-momentum")]:
        keras.utils.set_random_seed(42)
        model, _ = build()
        banner(f"{label} ({optimizer}): summary before compile")
        model.summary()
        opt = {"rmsprop": keras.optimizers.RMSprop(), "adam": keras.optimizers.Adam(),
               "sgd": keras.optimizers.SGD(), "sgd-momentum": keras.optimizers.SGD(momentum=0.9)}[optimizer]
        model.compile(optimizer=opt, loss="categorical_crossentropy", metrics=["accuracy"])
        banner(f"{label} ({optimizer}): summary after compile, before fit")
        model.summary()
        banner(f"{label} ({optimizer}): fit verbose=2, 2 epochs, batch 128, validation_split 0.1")
        history = model.fit(x_train, y_train, epochs=2, batch_size=128, validation_split=0.1, verbose=2)
        print("history keys:", list(history.history.keys()))
        banner(f"{label} ({optimizer}): summary after fit")
        model.summary()
        print("optimizer variables:", [(v.path, tuple(v.shape)) for v in model.optimizer.variables])
        if label == "small" and optimizer == "rmsprop":
            banner("evaluate, default verbose (1)")
            result = model.evaluate(x_test, y_test, batch_size=128)
            print("evaluate returns:", repr(result))
            banner("evaluate, return_dict=True, verbose=0")
            print(repr(model.evaluate(x_test, y_test, batch_size=128, verbose=0, return_dict=True)))
            banner("fit verbose=1, 1 epoch (final state of the bar)")
            model.fit(x_train, y_train, epochs=1, batch_size=128, validation_split=0.1, verbose=1)
            banner("fit verbose=2 without validation")
            model.fit(x_train, y_train, epochs=1, batch_size=128, verbose=2)
            banner("predict shape/dtype (verbose 0)")
            p = model.predict(x_test[:5], verbose=0)
            print(p.shape, p.dtype)


if __name__ == "__main__":
    main()
