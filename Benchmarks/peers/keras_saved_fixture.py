"""Writes Tests/EngineTests/Fixtures/keras/small-convnet.keras with Keras 3 (model.save) and
prints its predictions on x = sin(0.37·i + 0.1) (shape [2, 6, 6, 1]) for KerasFileFixtureTests.

Usage: KERAS_BACKEND=jax keras_saved_fixture.py
"""
import os

os.environ.setdefault("KERAS_BACKEND", "jax")
import keras  # noqa: E402
import numpy as np  # noqa: E402

keras.utils.set_random_seed(11)
model = keras.Sequential([
    keras.Input(shape=(6, 6, 1)), keras.layers.Conv2D(2, 3, activation="relu", padding="same"),
    keras.layers.BatchNormalization(), keras.layers.MaxPooling2D(2), keras.layers.Flatten(),
    keras.layers.Dropout(0.5), keras.layers.Dense(3, activation="softmax"),
], name="keras_small")
model.compile(optimizer=keras.optimizers.RMSprop(0.002), loss="categorical_crossentropy", metrics=["accuracy"])
x = np.sin(0.37 * np.arange(72) + 0.1).astype("float32").reshape(2, 6, 6, 1)
# One step so the moving statistics are not their initial values.
model.fit(x, np.eye(3, dtype="float32")[[0, 2]], epochs=1, verbose=0)
here = os.path.dirname(os.path.abspath(__file__))
model.save(os.path.join(here, "../../Tests/EngineTests/Fixtures/keras/small-convnet.keras"))
print(keras.__version__, [float(v) for v in model.predict(x, verbose=0).reshape(-1)])
