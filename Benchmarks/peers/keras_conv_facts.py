"""Keras 3 facts the convolution and pooling layers are tested against (shapes, parameter counts,
summary text, "same" padding at the edges, one forward pass with fixed weights).

Usage: KERAS_BACKEND=jax /work/peers-venv/bin/python Benchmarks/peers/keras_conv_facts.py
Output recorded in Benchmarks/peers/keras_conv_facts.txt (Keras 3.15.1, JAX 0.10.2); the numbers
are copied into Tests/EngineTests/Layers/*.swift and Tests/EngineBindingsTests/Scripts/models/convnet.swift.
"""
import os
import sys
os.environ.setdefault("KERAS_BACKEND", "jax")
sys.modules.setdefault("tensorflow", None)
import numpy as np, keras
from keras import layers
print(keras.__version__)
def show(name, model):
    print("==", name)
    model.summary(line_length=None)
    for l in model.layers:
        print(l.name, l.output.shape if hasattr(l,'output') else '', l.count_params())
cnn = keras.Sequential([keras.Input((28,28,1)),
    layers.Conv2D(32, kernel_size=3, activation="relu"),
    layers.MaxPooling2D(pool_size=2),
    layers.Conv2D(64, kernel_size=5, strides=2, padding="same", activation="relu"),
    layers.GlobalAveragePooling2D(),
    layers.Dense(10, activation="softmax")])
show("issue cnn", cnn)
simple = keras.Sequential([keras.Input((28,28,1)),
    layers.Conv2D(32, kernel_size=(3, 3), activation="relu"),
    layers.MaxPooling2D(pool_size=(2, 2)),
    layers.Conv2D(64, kernel_size=(3, 3), activation="relu"),
    layers.MaxPooling2D(pool_size=(2, 2)),
    layers.Flatten(), layers.Dropout(0.5), layers.Dense(10, activation="softmax")])
show("simple mnist convnet", simple)
def shape(inp, layer):
    m = keras.Sequential([keras.Input(inp), layer])
    print(f"{layer.__class__.__name__}{layer.get_config().get('kernel_size', layer.get_config().get('pool_size',''))} strides={layer.get_config().get('strides','')} padding={layer.get_config().get('padding','')} in={inp} -> {m.output_shape} params={m.count_params()}")
shape((7,6,3), layers.Conv2D(5, (3,2), strides=(2,1), padding="valid"))
shape((7,6,3), layers.Conv2D(5, (3,2), strides=(2,1), padding="same"))
shape((7,6,3), layers.Conv2D(5, 4, strides=3, padding="same", use_bias=False))
shape((8,8,2), layers.Conv2D(4, 2, strides=2, padding="same"))
shape((7,7,2), layers.MaxPooling2D(2))
shape((7,7,2), layers.MaxPooling2D(2, padding="same"))
shape((7,7,2), layers.MaxPooling2D(3, strides=2))
shape((7,7,2), layers.MaxPooling2D((3,2), strides=(1,2), padding="same"))
shape((7,7,2), layers.AveragePooling2D(2))
shape((7,7,2), layers.AveragePooling2D(3, strides=2, padding="same"))
shape((7,7,2), layers.GlobalAveragePooling2D())
shape((7,7,2), layers.GlobalMaxPooling2D())
shape((10,3), layers.Conv1D(4, 3))
shape((10,3), layers.Conv1D(4, 3, strides=2, padding="same"))
shape((10,3), layers.Conv1D(4, 4, strides=3, padding="valid"))
shape((10,3), layers.MaxPooling1D(2))
shape((10,3), layers.MaxPooling1D(3, strides=2, padding="same"))
shape((10,3), layers.GlobalAveragePooling1D())
shape((784,), layers.Reshape((28,28,1)))
shape((12,), layers.Reshape((-1,3)))
shape((5,), layers.Rescaling(1/255))
shape((5,), layers.Softmax())
# Average pooling 'same' at the edges: padded cells excluded?
x = np.arange(9, dtype="float32").reshape(1,3,3,1)
print("avgpool same 2x2 on arange(9) 3x3:", np.asarray(layers.AveragePooling2D(2, padding="same")(x)).ravel().tolist())
print("maxpool same 2x2 on -arange(9) 3x3:", np.asarray(layers.MaxPooling2D(2, padding="same")(-x)).ravel().tolist())
print("avgpool1d same 2 on arange(5):", np.asarray(layers.AveragePooling1D(2, strides=2, padding="same")(np.arange(5, dtype="float32").reshape(1,5,1))).ravel().tolist())
# Conv forward with set weights: kernel[i,j,c,o] = 0.01*(i*100+j*10+c+o), same padding stride 2, input x = arange
c = layers.Conv2D(2, (3,2), strides=(2,1), padding="same")
xin = (np.arange(1*5*4*3, dtype="float32").reshape(1,5,4,3) / 10.0)
c.build((1,5,4,3))
k = np.fromfunction(lambda i,j,ci,o: 0.01*(i*100+j*10+ci*3+o) - 0.5, (3,2,3,2)).astype("float32")
c.set_weights([k, np.array([0.1,-0.2], dtype="float32")])
print("conv same forward:", np.round(np.asarray(c(xin)).ravel(), 5).tolist(), np.asarray(c(xin)).shape)
# Glorot limit for Conv2D(32,3) on 1 channel
print("glorot limit conv2d(32,3x3,cin=1):", np.sqrt(6/(9*1+9*32)), "max |w| observed", float(np.abs(cnn.layers[0].get_weights()[0]).max()))
print("names:", [l.name for l in cnn.layers], [l.name for l in simple.layers], cnn.name, simple.name)
