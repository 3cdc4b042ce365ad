# Benchmark: a tiny neural network by hand: a 2-4-1 multilayer perceptron with sigmoid
# units trained on XOR by backpropagation, weights in lists of floats.
import math


def sigmoid(x):
    return 1.0 / (1.0 + math.exp(-x))


inputs = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]
targets = [0.0, 1.0, 1.0, 0.0]
hidden_count = 4
learning_rate = 0.5

seed = 3


def random_weight():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed % 2000) / 1000.0 - 1.0


w1 = []
b1 = []
for _ in range(hidden_count):
    w1.append([random_weight(), random_weight()])
    b1.append(random_weight())
w2 = []
for _ in range(hidden_count):
    w2.append(random_weight())
b2 = random_weight()

final_loss = 0.0
for epoch in range(6000):
    loss = 0.0
    for s in range(len(inputs)):
        x = inputs[s]
        hidden = [0.0] * hidden_count
        for h in range(hidden_count):
            hidden[h] = sigmoid(w1[h][0] * x[0] + w1[h][1] * x[1] + b1[h])
        total = b2
        for h in range(hidden_count):
            total += w2[h] * hidden[h]
        output = sigmoid(total)
        error = output - targets[s]
        loss += error * error

        delta_out = error * output * (1 - output)
        for h in range(hidden_count):
            delta_hidden = delta_out * w2[h] * hidden[h] * (1 - hidden[h])
            w2[h] -= learning_rate * delta_out * hidden[h]
            w1[h][0] -= learning_rate * delta_hidden * x[0]
            w1[h][1] -= learning_rate * delta_hidden * x[1]
            b1[h] -= learning_rate * delta_hidden
        b2 -= learning_rate * delta_out
    if epoch == 5999:
        final_loss = loss

predictions = []
for x in inputs:
    total = b2
    for h in range(hidden_count):
        total += w2[h] * sigmoid(w1[h][0] * x[0] + w1[h][1] * x[1] + b1[h])
    predictions.append(1 if sigmoid(total) > 0.5 else 0)
print(f"checksum: {int(final_loss * 1000000)} {predictions}")
