# Benchmark: one sigmoid neuron trained from scratch by stochastic gradient descent.
# Data come from a linear congruential generator so Swift and Python see the same numbers.
import math

seed = 42


def next_uniform():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648.0


sample_count = 400
feature_count = 3
inputs = []
labels = []
for _ in range(sample_count):
    x = []
    for _ in range(feature_count):
        x.append(next_uniform() * 2.0 - 1.0)
    score = 0.8 * x[0] - 0.5 * x[1] + 0.3 * x[2] + 0.1
    inputs.append(x)
    labels.append(1.0 if score > 0 else 0.0)

weights = [0.0] * feature_count
bias = 0.0
learning_rate = 0.1
loss = 0.0
for _ in range(700):
    loss = 0.0
    for s in range(sample_count):
        x = inputs[s]
        z = bias
        for k in range(feature_count):
            z += weights[k] * x[k]
        y = 1.0 / (1.0 + math.exp(-z))
        err = y - labels[s]
        loss += err * err
        for k in range(feature_count):
            weights[k] -= learning_rate * err * x[k]
        bias -= learning_rate * err

correct = 0
for s in range(sample_count):
    z = bias
    for k in range(feature_count):
        z += weights[k] * inputs[s][k]
    if (1.0 if z > 0 else 0.0) == labels[s]:
        correct += 1
print(f"checksum: loss={loss:.6f} correct={correct} w0={weights[0]:.6f}")
