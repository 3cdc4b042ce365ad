#!/usr/bin/env python3
"""Generate datasets/height-weight.csv: 200 synthetic (height, weight) rows whose
least-squares line is exactly weight = 4.057 + 0.3769 * height with RMSE 1.008.

Heights are in inches; weights are in units of 5 pounds (so 29.3 means 146.5 lb).
Usage: python3 datasets/scripts/make_height_weight.py  (writes next to this folder)
"""
import os
import numpy as np

SEED = 20240601
N = 200
B, W, RMSE = 4.057, 0.3769, 1.008

rng = np.random.default_rng(SEED)
heights = np.clip(rng.normal(67.5, 3.6, N), 60.0, 75.0).round(1)

# Residuals orthogonal to [1, height]: then the least-squares fit of
# b + w*height + r is exactly (b, w), and the residuals are exactly r.
raw = rng.normal(0.0, 1.0, N)
X = np.column_stack([np.ones(N), heights])
r = raw - X @ np.linalg.lstsq(X, raw, rcond=None)[0]
r *= RMSE / np.sqrt(np.mean(r ** 2))
weights = (B + W * heights + r).round(4)

# Verify the written (rounded) table still has the required fit.
coef, *_ = np.linalg.lstsq(X, weights, rcond=None)
rmse = np.sqrt(np.mean((weights - X @ coef) ** 2))
assert round(coef[0], 3) == B and round(coef[1], 4) == W, coef
assert abs(rmse - RMSE) < 5e-4, rmse

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "height-weight.csv")
with open(out, "w") as f:
    f.write("height,weight\n")
    for h, w in zip(heights, weights):
        f.write(f"{h:.1f},{w:.4f}\n")
print(f"b = {coef[0]:.6f}, w = {coef[1]:.6f}, rmse = {rmse:.6f}, "
      f"height {heights.min()}..{heights.max()}, weight {weights.min():.2f}..{weights.max():.2f}")
