"""Keras interop of nbrun's `.keras` files, both ways (a benchmark, not run in CI).

Usage: KERAS_BACKEND=jax keras_load_check.py [path/to/nbrun]   (default .build/debug/nbrun)

1. nbrun → Keras: runs a notebook that builds, trains for one epoch and `model.save`s one model
   per layer family, printing its predictions on a fixed input; then `keras.saving.load_model`
   opens each file and predicts the same input.
2. Keras → nbrun: Keras builds the same families, saves them with `model.save`, and a notebook
   beside them `loadModel`s each one and prints its predictions.
Prints, per model, whether it loaded and the largest absolute prediction difference.
Inputs are the same formula on both sides: x = sin(0.37·i + 0.1) over the flat index
(token ids (7·i) mod 20 for the embedding model).
"""
import json
import os
import subprocess
import sys
import tempfile

os.environ.setdefault("KERAS_BACKEND", "jax")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import keras  # noqa: E402
import numpy as np  # noqa: E402

# name: (per-sample input shape, is token ids, nbrun layers, Keras layers)
MODELS = {
    "dense": ([8], False, """
    Dense(16, activation: .relu, kernelRegularizer: .l2(0.01), inputShape: [8]), Dropout(0.2), Dense(4, activation: .softmax)""",
              lambda: [keras.layers.Dense(16, activation="relu"), keras.layers.Dropout(0.2), keras.layers.Dense(4, activation="softmax")]),
    "convnet": ([12, 12, 1], False, """
    Input(shape: [12, 12, 1]), Rescaling(0.5, offset: 0.1), Conv2D(4, kernelSize: 3, padding: .same, activation: .relu),
    MaxPooling2D(poolSize: 2), Conv2D(3, kernelSize: [2, 3], strides: 2, activation: .tanh), AveragePooling2D(poolSize: 1),
    BatchNormalization(), Flatten(), Dense(3)""",
                lambda: [keras.layers.Rescaling(0.5, offset=0.1), keras.layers.Conv2D(4, 3, padding="same", activation="relu"),
                         keras.layers.MaxPooling2D(2), keras.layers.Conv2D(3, (2, 3), strides=2, activation="tanh"),
                         keras.layers.AveragePooling2D(1), keras.layers.BatchNormalization(), keras.layers.Flatten(), keras.layers.Dense(3)]),
    "pooling": ([10, 10, 2], False, """
    Input(shape: [10, 10, 2]), Conv2D(3, kernelSize: 3), GlobalMaxPooling2D(), Dense(2, activation: .sigmoid)""",
                lambda: [keras.layers.Conv2D(3, 3), keras.layers.GlobalMaxPooling2D(), keras.layers.Dense(2, activation="sigmoid")]),
    "text": ([6], True, """
    Embedding(inputDim: 20, outputDim: 4, inputShape: [6]), Conv1D(3, kernelSize: 2, activation: .relu), MaxPooling1D(poolSize: 2),
    GlobalAveragePooling1D(), Dense(1, activation: .sigmoid)""",
             lambda: [keras.layers.Embedding(20, 4), keras.layers.Conv1D(3, 2, activation="relu"), keras.layers.MaxPooling1D(2),
                      keras.layers.GlobalAveragePooling1D(), keras.layers.Dense(1, activation="sigmoid")]),
    "shapes": ([6], False, """
    Input(shape: [6]), Reshape([3, 2]), Flatten(), Dense(4), LeakyReLU(negativeSlope: 0.1), Activation(.tanh), Dense(3), Softmax()""",
               lambda: [keras.layers.Reshape((3, 2)), keras.layers.Flatten(), keras.layers.Dense(4), keras.layers.LeakyReLU(negative_slope=0.1),
                        keras.layers.Activation("tanh"), keras.layers.Dense(3), keras.layers.Softmax()]),
    # `adapted` is a Normalization adapted to this model's inputs (defined before the model on both sides).
    "norm": ([6], False, """
    adapted, Dense(3, activation: .selu), Dense(2, activation: .softplus)""",
             lambda: [ADAPTED, keras.layers.Dense(3, activation="selu"), keras.layers.Dense(2, activation="softplus")]),
    "nested": ([5], False, """
    Sequential([Dense(4, activation: .sigmoid, inputShape: [5]), Dense(3)], name: "inner"), Softmax()""",
               lambda: [keras.Sequential([keras.Input(shape=(5,)), keras.layers.Dense(4, activation="sigmoid"), keras.layers.Dense(3)],
                                         name="inner"), keras.layers.Softmax()]),
}
ADAPTED = None


def inputs(shape, ids, n=5):
    count = n * int(np.prod(shape))
    i = np.arange(count)
    flat = ((7 * i) % 20).astype("float32") if ids else np.sin(0.37 * i + 0.1).astype("float32")
    return flat.reshape([n] + shape)


def swift_inputs(shape, ids, n=5):
    count = n * int(np.prod(shape))
    values = f"(0..<{count}).map {{ Double((7 * $0) % 20) }}" if ids else f"(0..<{count}).map {{ sin(0.37 * Double($0) + 0.1) }}"
    return f"Tensor({values}).reshaped([{n}, {', '.join(map(str, shape))}])"


def run_notebook(nbrun, path, out):
    report = os.path.join(out, "report.json")
    subprocess.run([nbrun, path, "--out", os.path.join(out, "site"), "--json", report], check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    printed = {}
    with open(report) as f:
        for cell in json.load(f)["cells"]:
            for output in cell["outputs"]:
                if output["type"] == "error":
                    print("  nbrun error:", output["text"].splitlines()[0])
                for line in output.get("text", "").splitlines():
                    if line.startswith("PRED "):
                        name, values = line[5:].split(" ", 1)
                        printed[name] = np.array(json.loads(values.replace("nan", "NaN")), dtype="float32")
    return printed


def nbrun_to_keras(nbrun, work):
    cells = []
    for name, (shape, ids, layers, _) in MODELS.items():
        x = swift_inputs(shape, ids)
        target = "Tensor.zeros([5, 1])" if name == "text" else f"Tensor([0, 1, 2, 0, 1]).reshaped([5])"
        loss = ".binaryCrossentropy" if name == "text" else ".sparseCategoricalCrossentropy(fromLogits: true)" if name in ("convnet",) else (
            ".mse" if name == "pooling" else ".sparseCategoricalCrossentropy")
        if name in ("pooling", "norm"):
            target, loss = "Tensor.zeros([5, 2])", ".mse"
        preamble = f"let adapted = Normalization(inputShape: [6])\nadapted.adapt({x} * 3 + 1)\n" if name == "norm" else ""
        cells.append(f"""```swift
{preamble}let {name} = Sequential([{layers}
], name: "{name}")
{name}.compile(optimizer: Adam(learningRate: 0.01), loss: {loss}, metrics: ["accuracy"])
let x_{name} = {x}
{name}.fit(x_{name}, {target}, epochs: 1, batchSize: 2, verbose: 0)
{name}.save("{name}.keras")
print("PRED {name}", {name}.predict(x_{name}).scalars)
```""")
    path = os.path.join(work, "nbrun_saves.md")
    with open(path, "w") as f:
        f.write("# nbrun saves .keras files\n\n" + "\n\n".join(cells) + "\n")
    printed = run_notebook(nbrun, path, work)
    files = os.path.join(work, "site", "nbrun_saves", "files")
    print("nbrun → Keras (keras.saving.load_model):")
    for name, (shape, ids, _, _) in MODELS.items():
        try:
            model = keras.saving.load_model(os.path.join(files, f"{name}.keras"))
            keras_pred = np.asarray(model.predict(inputs(shape, ids), verbose=0)).reshape(-1)
            diff = float(np.max(np.abs(keras_pred - printed[name])))
            print(f"  {name:8s} loads; max |Δ prediction| = {diff:.3g}; compiled: {model.optimizer.__class__.__name__}, loss {model.loss}")
        except Exception as error:  # noqa: BLE001 — report every failure, go on with the next model
            print(f"  {name:8s} FAILED: {type(error).__name__}: {' '.join(str(error).split())[:400]}")


def keras_to_nbrun(nbrun, work):
    folder = os.path.join(work, "from_keras")
    os.makedirs(folder, exist_ok=True)
    expected, cells = {}, []
    keras.utils.set_random_seed(3)
    global ADAPTED
    for name, (shape, ids, _, keras_layers) in MODELS.items():
        if name == "norm":
            ADAPTED = keras.layers.Normalization()
            ADAPTED.adapt(inputs(shape, ids) * 3 + 1)
        model = keras.Sequential([keras.Input(shape=tuple(shape))] + keras_layers(), name=name)
        model.compile(optimizer=keras.optimizers.Adam(0.01), loss="mse", metrics=["mae"])
        model.save(os.path.join(folder, f"k_{name}.keras"))
        expected[name] = np.asarray(model.predict(inputs(shape, ids), verbose=0)).reshape(-1)
        cells.append(f"""```swift
let {name} = loadModel("k_{name}.keras")
print("PRED {name}", {name}.predict({swift_inputs(shape, ids)}).scalars)
```""")
    path = os.path.join(folder, "loads.md")
    with open(path, "w") as f:
        f.write("# nbrun loads Keras's .keras files\n\n" + "\n\n".join(cells) + "\n")
    printed = run_notebook(nbrun, path, folder)
    print("Keras → nbrun (loadModel):")
    for name in MODELS:
        if name not in printed:
            print(f"  {name:8s} FAILED (see the nbrun error above)")
            continue
        diff = float(np.max(np.abs(expected[name] - printed[name])))
        print(f"  {name:8s} loads; max |Δ prediction| = {diff:.3g}")


def main():
    nbrun = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/nbrun")
    print(f"Keras {keras.__version__}, backend {keras.backend.backend()}; nbrun {nbrun}")
    with tempfile.TemporaryDirectory() as work:
        nbrun_to_keras(nbrun, work)
        keras_to_nbrun(nbrun, work)


if __name__ == "__main__":
    main()
