#!/usr/bin/env python3
"""Writes N student submissions of notebooks/01-neuron-from-scratch.md with mixed outcomes, the
kind a class hands in: correct, unattempted, partial, wrong, syntax error, runtime error,
infinite loop, runaway recursion and cheating attempts. Deterministic: submission k gets kind
KINDS[k % len(KINDS)]. Usage: make-submissions.py KEY.md OUT_DIR N"""
import os
import re
import sys

LEAKY = "leaky-relu"
OR = "or-neuron"

# Each kind: the replacement body for each exercise's solution region (None keeps the solution).
KINDS = [
    ("correct", {}),
    ("correct", {}),
    ("correct", {}),
    ("correct", {}),
    ("unattempted", {LEAKY: 'fatalError("exercise leaky-relu: write your solution here")',
                     OR: 'fatalError("exercise or-neuron: write your solution here")'}),
    ("partial", {OR: 'var orNeuron = Neuron(weights: [0, 0], bias: 0)'}),
    ("wrong-alpha", {LEAKY: "func leakyReLU(_ z: Double, alpha: Double = 0.01) -> Double {\n"
                            "    return z > 0 ? z : 0.01 * z\n}"}),
    ("correct", {}),
    ("syntax-error", {LEAKY: "func leakyReLU(_ z: Double, alpha: Double = 0.01) -> Double {\n"
                             "    return z > 0 ? z : alpha *\n}"}),
    ("runtime-error", {OR: "let orTargets: [Double] = [0, 1, 1]\n"
                           "var orNeuron = Neuron(weights: [0, 0], bias: 0)\n"
                           "for k in 0..<inputs.count { _ = orNeuron.learn(inputs[k], target: orTargets[k], learningRate: 1.0) }"}),
    ("infinite-loop", {OR: "var orNeuron = Neuron(weights: [0, 0], bias: 0)\nwhile true { }"}),
    ("runaway-recursion", {LEAKY: "func leakyReLU(_ z: Double, alpha: Double = 0.01) -> Double {\n"
                                  "    return leakyReLU(z, alpha: alpha)\n}"}),
    ("cheat-shadow-check", {LEAKY: "func check(_ condition: Bool, _ message: String = \"\") { print(\"passed\") }\n"
                                   "func leakyReLU(_ z: Double, alpha: Double = 0.01) -> Double { return 0 }"}),
    ("cheat-print", {LEAKY: 'print("leaky-relu 1/1 passed")\n'
                            "func leakyReLU(_ z: Double, alpha: Double = 0.01) -> Double { return z }"}),
    ("correct", {}),
    ("huge-allocation", {OR: "var orNeuron = Neuron(weights: [0, 0], bias: 0)\n"
                             "let big = [Double](repeating: 0, count: 1 << 40)"}),
]

REGION = re.compile(r"(```swift exercise=(?P<id>[\w-]+)[^\n]*\n)(?P<before>.*?)// BEGIN SOLUTION\n"
                    r"(?P<body>.*?)// END SOLUTION\n", re.S)


def submission(key, replacements):
    def swap(match):
        body = replacements.get(match["id"])
        if body is None:
            return match[0]
        return match[1] + match["before"] + body + "\n"
    text = REGION.sub(swap, key)
    # Students do not have the hidden tests.
    return re.sub(r"```swift test=[\w-]+ hidden\n.*?```\n\n?", "", text, flags=re.S)


def main(key_path, out_dir, count):
    with open(key_path) as f:
        key = f.read()
    os.makedirs(out_dir, exist_ok=True)
    for k in range(count):
        kind, replacements = KINDS[k % len(KINDS)]
        with open(os.path.join(out_dir, f"student-{k:03d}-{kind}.md"), "w") as f:
            f.write(submission(key, replacements))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
