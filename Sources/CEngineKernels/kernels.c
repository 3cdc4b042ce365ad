// Vectorizable loops for the engine's per-batch elementwise work. `restrict` tells the
// compiler the arrays do not overlap, so -O3 -mavx2 -mfma turns each loop into 8-wide code.
#include "engine_kernels.h"
#include <math.h>

// The square-root/divide and hash loops also get an AVX-512 copy, picked at load time on CPUs
// that have it (twice the lanes on cores with full-width units); elsewhere the AVX2 build runs.
// Both copies do the same per-element arithmetic, so results do not depend on the choice.
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__)) && defined(__linux__)
#define EK_WIDE __attribute__((target_clones("avx512f", "default")))
#else
#define EK_WIDE
#endif

void ek_add_bias(float *restrict z, const float *restrict b, long rows, long cols) {
    for (long r = 0; r < rows; r++) {
        float *restrict row = z + r * cols;
        for (long j = 0; j < cols; j++) row[j] += b[j];
    }
}

void ek_bias_relu(float *restrict z, const float *restrict b, long rows, long cols) {
    for (long r = 0; r < rows; r++) {
        float *restrict row = z + r * cols;
        if (b) {
            for (long j = 0; j < cols; j++) { float v = row[j] + b[j]; row[j] = v > 0 ? v : 0; }
        } else {
            for (long j = 0; j < cols; j++) { float v = row[j]; row[j] = v > 0 ? v : 0; }
        }
    }
}

// relu'(z) is 1 where the output is positive (out > 0 exactly when z > 0).
void ek_relu_backward(float *restrict dy, const float *restrict out, long n) {
    for (long i = 0; i < n; i++) dy[i] = out[i] > 0 ? dy[i] : 0;
}

void ek_column_sums(const float *restrict m, float *restrict out, long rows, long cols) {
    for (long j = 0; j < cols; j++) out[j] = 0;
    for (long r = 0; r < rows; r++) {
        const float *restrict row = m + r * cols;
        for (long j = 0; j < cols; j++) out[j] += row[j];
    }
}

void ek_multiply(float *restrict x, const float *restrict y, long n) {
    for (long i = 0; i < n; i++) x[i] *= y[i];
}

void ek_multiply_into(float *restrict out, const float *restrict x, const float *restrict y, long n) {
    for (long i = 0; i < n; i++) out[i] = x[i] * y[i];
}

void ek_scale(float *restrict x, long n, float s) {
    for (long i = 0; i < n; i++) x[i] *= s;
}

// Keras RMSprop: s = rho·s + (1-rho)·g²; w -= lr·g / sqrt(s + eps).
EK_WIDE void ek_rmsprop(float *restrict w, const float *restrict g, float *restrict s, long n, float lr, float rho, float eps) {
    const float one_minus = 1.0f - rho;
    for (long i = 0; i < n; i++) {
        float gi = g[i];
        float si = rho * s[i] + one_minus * gi * gi;
        s[i] = si;
        w[i] -= lr * gi / sqrtf(si + eps);
    }
}

// Keras Adam with alpha = lr·sqrt(1-β2^t)/(1-β1^t) precomputed.
EK_WIDE void ek_adam(float *restrict w, const float *restrict g, float *restrict m, float *restrict v, long n,
             float alpha, float beta1, float beta2, float eps) {
    const float c1 = 1.0f - beta1, c2 = 1.0f - beta2;
    for (long i = 0; i < n; i++) {
        float gi = g[i];
        float mi = m[i] + (gi - m[i]) * c1;
        float vi = v[i] + (gi * gi - v[i]) * c2;
        m[i] = mi;
        v[i] = vi;
        w[i] -= mi * alpha / (sqrtf(vi) + eps);
    }
}

// Chris Wellons' "lowbias32" integer hash: cheap, vectorizable (32-bit multiplies), and good
// enough to decide dropout coin flips.
static inline unsigned mix32(unsigned x) {
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

// Inverted dropout in one pass: u_i = hash(i, key) as a 32-bit uniform; keep when u_i ≥
// threshold (threshold = rate·2³²), scaled by 1/(1-rate). The mask is kept for the backward pass.
EK_WIDE void ek_dropout(const float *restrict x, float *restrict out, float *restrict mask, long n,
                unsigned long long key, unsigned threshold, float scale) {
    const unsigned k1 = (unsigned)key, k2 = (unsigned)(key >> 32);
    for (long i = 0; i < n; i++) {
        unsigned u = mix32(mix32((unsigned)i ^ k1) + k2);
        float m = u >= threshold ? scale : 0.0f;
        mask[i] = m;
        out[i] = x[i] * m;
    }
}

// Asks the cache to start loading rows that the next batch will gather, so that their DRAM
// latency overlaps this batch's compute instead of stalling the next gather.
void ek_prefetch_rows(const float *src, const long *idx, long count, long width) {
    const long bytes = width * (long)sizeof(float);
    for (long r = 0; r < count; r++) {
        const char *row = (const char *)(src + idx[r] * width);
        for (long off = 0; off < bytes; off += 64) __builtin_prefetch(row + off, 0, 1);
    }
}
