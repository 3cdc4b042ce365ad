# Benchmark: build ~830k words by appending syllables to strings, count them in a dict,
# then sort the dictionary by count and by key.
syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi"]

seed = 11


def random(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed // 65536) % n


words = []
for _ in range(250000):
    word = ""
    parts = 1 + random(3)
    for _ in range(parts):
        word += syllables[random(len(syllables))]
    words.append(word)
# Every word also appears with a suffix, so the list holds about 830,000 strings.
all_words = []
for word in words:
    all_words.append(word)
    all_words.append(word + "s")
    all_words.append(word + "er")
    if len(word) > 4:
        all_words.append(word[:4])

counts = {}
lengths = {}
for w in all_words:
    counts[w] = counts.get(w, 0) + 1
    lengths[len(w)] = lengths.get(len(w), 0) + 1

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
checksum = 0
for i, (key, value) in enumerate(ranked):
    checksum = (checksum * 31 + value * (i + 1)) % 1000003
keyed = 0
for key in sorted(counts):
    keyed = (keyed * 7 + counts[key] + len(key)) % 1000003
top = ",".join(f"{k}:{v}" for k, v in ranked[:3])
longest = max(lengths) if lengths else 0
print(f"checksum: {len(all_words)} {len(counts)} {checksum} {keyed} {longest} {top}")
