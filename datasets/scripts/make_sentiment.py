#!/usr/bin/env python3
"""Build datasets/sentiment.tsv and datasets/sentiment.csv from the hand-written sentences in
datasets/scripts/sentiment-source/{positive,negative}.txt (one sentence per line, CC0).

label 1 = positive, 0 = negative. Rows are shuffled with a fixed seed so the classes are mixed.
Usage: python3 datasets/scripts/make_sentiment.py
"""
import csv
import os
import random

SEED = 7
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, "..")

def read(name):
    with open(os.path.join(here, "sentiment-source", name), encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]

rows = [(t, 1) for t in read("positive.txt")] + [(t, 0) for t in read("negative.txt")]
assert all("\t" not in t and '"' not in t for t, _ in rows)
assert len({t for t, _ in rows}) == len(rows), "duplicate sentence"
random.Random(SEED).shuffle(rows)

with open(os.path.join(root, "sentiment.tsv"), "w", encoding="utf-8") as f:
    f.write("text\tlabel\n")
    for text, label in rows:
        f.write(f"{text}\t{label}\n")
with open(os.path.join(root, "sentiment.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["text", "label"])
    w.writerows(rows)
print(len(rows), "rows,", sum(l for _, l in rows), "positive")
