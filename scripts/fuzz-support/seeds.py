#!/usr/bin/env python3
"""Writes scripts/fuzz's seed corpus for one mode into a folder (one small file per seed).

notebook: the course, the docs and the test fixtures, whole and one cell per seed (libFuzzer's
max_len would cut whole lessons off after a few cells), plus the binding scripts and the
interpreter conformance programs wrapped as one-cell notebooks. Data modes: the datasets and
the regression cases, plus NumPy-written arrays when NumPy is installed.
"""
import gzip
import hashlib
import io
import pathlib
import re
import struct
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
MAX_BYTES = 4096


def notebook_seeds():
    texts = []
    sources = sorted(ROOT.glob("notebooks/*.md")) + sorted(ROOT.glob("docs/*.md"))
    sources += sorted(p for p in ROOT.glob("Tests/**/Fixtures/**/*.md"))
    sources += sorted(ROOT.glob("examples/**/*.md"))
    fence = re.compile(r"^```swift[^\n]*\n.*?^```[ \t]*$", re.M | re.S)
    for path in sources:
        text = path.read_text(errors="replace")
        texts.append(text[:MAX_BYTES])
        front = re.match(r"^---\n.*?\n---\n", text, re.S)
        head = front.group(0) if front else ""
        for match in fence.finditer(text):
            texts.append(head + match.group(0) + "\n")
    for path in sorted(ROOT.glob("Tests/EngineBindingsTests/Scripts/**/*.swift")):
        texts.append("```swift\n" + path.read_text(errors="replace") + "\n```\n")
    for path in sorted(ROOT.glob("Tests/InterpreterTests/Conformance/**/*.swift")):
        texts.append("# " + path.stem + "\n\n```swift\n" + path.read_text(errors="replace") + "\n```\n")
    return [t.encode() for t in texts]


def npy_bytes(array):
    import numpy as np
    buffer = io.BytesIO()
    np.save(buffer, array)
    return buffer.getvalue()


def npy_seeds():
    seeds = []
    try:
        import numpy as np
    except ImportError:
        return seeds
    for dtype in ["<f4", "<f8", ">f4", "<i4", "<i8", "|u1", "|i1", "<u2", "|b1"]:
        seeds.append(npy_bytes(np.arange(6).astype(dtype).reshape(2, 3)))
    seeds.append(npy_bytes(np.asfortranarray(np.arange(6, dtype=np.float32).reshape(2, 3))))
    seeds.append(npy_bytes(np.float32(3.5)))
    seeds.append(npy_bytes(np.zeros((0, 4), dtype=np.float32)))
    seeds.append(npy_bytes(np.ones((2, 2, 2), dtype=np.float32)))
    return seeds


def npz_seeds():
    seeds = []
    arrays = [npy_bytes_or_none(s) for s in range(3)]
    for compression in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression) as archive:
            for index, array in enumerate(a for a in arrays if a):
                archive.writestr(f"arr_{index}.npy", array)
        seeds.append(buffer.getvalue())
    return seeds


def npy_bytes_or_none(index):
    try:
        import numpy as np
    except ImportError:
        return None
    return npy_bytes([np.ones((2, 3), np.float32), np.zeros(3), np.arange(4, dtype=np.int64)][index])


def csv_seeds():
    seeds = [p.read_bytes()[:MAX_BYTES] for p in sorted(ROOT.glob("datasets/*.csv"))]
    seeds += [b"a,b\n1,2\n3,4\n", b'"x","y"\r\n"1.5","-2e3"\r\n', b"h\n\n1\n", b"a,b\n1,\n,2\n",
              b'"a ""q""",b\n1,2\n', b"a;b\n1;2\n"]
    return seeds


def idx_seeds():
    images = struct.pack(">IIII", 0x0803, 2, 3, 3) + bytes(range(18))
    labels = struct.pack(">II", 0x0801, 4) + bytes([1, 2, 3, 4])
    floats = struct.pack(">III", 0x0D02, 2, 2) + struct.pack(">4f", 1, 2, 3, 4)
    ints = struct.pack(">II", 0x0C01, 2) + struct.pack(">2i", -1, 7)
    return [images, labels, floats, ints, gzip.compress(images), gzip.compress(labels)]


def main():
    mode, out = sys.argv[1], pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    seeds = {"notebook": notebook_seeds, "npy": npy_seeds, "npz": npz_seeds, "csv": csv_seeds,
             "idx": idx_seeds}[mode]()
    cases = ROOT / "Tests/RunnerTests/Fixtures/fuzz" / mode
    seeds += [p.read_bytes() for p in sorted(cases.glob("*"))]
    for seed in seeds:
        (out / hashlib.sha1(seed).hexdigest()).write_bytes(seed)
    print(f"{len(seeds)} {mode} seeds in {out}")


if __name__ == "__main__":
    main()
