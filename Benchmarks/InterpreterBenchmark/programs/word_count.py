# Benchmark: build a text from a fixed vocabulary, split it into words, count them in a
# dictionary and sort the most frequent. A linear congruential generator picks the words.
vocabulary = ["the", "neuron", "learns", "a", "weight", "and", "bias", "from", "data",
              "gradient", "descent", "loss", "layer", "tensor", "epoch", "swift",
              "python", "notebook", "cell", "model", "train", "test", "accuracy",
              "batch", "dense", "relu", "sigmoid", "softmax", "input", "output"]
seed = 7


def next_index(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed // 65536) % n


lines = []
for _ in range(50000):
    words = []
    length = 5 + next_index(10)
    for _ in range(length):
        # Squaring the index skews the distribution so the top words differ in count.
        r = next_index(len(vocabulary))
        words.append(vocabulary[r * r // len(vocabulary)])
    lines.append(" ".join(words))
text = "\n".join(lines)

counts = {}
total = 0
for line in text.split("\n"):
    for word in line.split(" "):
        counts[word] = counts.get(word, 0) + 1
        total += 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
top = ",".join(f"{k}={v}" for k, v in ranked[:5])
print(f"checksum: words={total} distinct={len(counts)} top={top}")
