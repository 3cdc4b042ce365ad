# Notebook latency with isolation (the default) against --in-process, alternating run by run.
# Usage (repo root, after `swift build --product nbrun`): python3 Benchmarks/isolation-trivial.py NOTEBOOK [RUNS]
import subprocess, sys, tempfile, time

notebook = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
out = tempfile.mkdtemp(prefix="nbrun-latency-")
times = {"isolated": [], "--in-process": []}
for _ in range(runs):
    for mode in times:
        start = time.time()
        subprocess.run([".build/debug/nbrun", notebook, "--out", out] + ([mode] if mode != "isolated" else []),
                       capture_output=True)
        times[mode].append(time.time() - start)
for mode, samples in times.items():
    samples.sort()
    print(f"{mode}: min {samples[0]:.3f} s, median {samples[len(samples) // 2]:.3f} s over {runs} runs")
