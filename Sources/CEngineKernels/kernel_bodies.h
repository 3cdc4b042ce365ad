// The elementwise kernels' loops, written once and compiled once per instruction path.
//
// No include guard on purpose: kernels_portable.c and kernels_avx2.c each include this file
// after defining EK_FN(name) (the per-path function name), EK_TARGET (the per-function target
// attribute, empty for the baseline build) and EK_PATH_NAME, and get their own copy of every
// loop plus the table that names them.
//
// Bitwise-identical paths: every kernel computes each output element from its own inputs with
// the same IEEE operations in the same order (no reduction runs across lanes; column sums add
// rows in row order in every lane), and nothing is contracted into FMA (the pragma below, and
// -ffp-contract=off in Package.swift). Vector and scalar mul/add/div/sqrt are all correctly
// rounded, so the 8-lane AVX2 loops and the baseline loops give the same bits. `restrict`
// tells the compiler the arrays do not overlap, so -O3 vectorizes each loop for its path.
#pragma STDC FP_CONTRACT OFF

EK_TARGET static void EK_FN(add_bias)(float *restrict z, const float *restrict b, long rows, long cols) {
    for (long r = 0; r < rows; r++) {
        float *restrict row = z + r * cols;
        for (long j = 0; j < cols; j++) row[j] += b[j];
    }
}

EK_TARGET static void EK_FN(bias_relu)(float *restrict z, const float *restrict b, long rows, long cols) {
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
EK_TARGET static void EK_FN(relu_backward)(float *restrict dy, const float *restrict out, long n) {
    for (long i = 0; i < n; i++) dy[i] = out[i] > 0 ? dy[i] : 0;
}

EK_TARGET static void EK_FN(column_sums)(const float *restrict m, float *restrict out, long rows, long cols) {
    for (long j = 0; j < cols; j++) out[j] = 0;
    for (long r = 0; r < rows; r++) {
        const float *restrict row = m + r * cols;
        for (long j = 0; j < cols; j++) out[j] += row[j];
    }
}

EK_TARGET static void EK_FN(multiply)(float *restrict x, const float *restrict y, long n) {
    for (long i = 0; i < n; i++) x[i] *= y[i];
}

EK_TARGET static void EK_FN(multiply_into)(float *restrict out, const float *restrict x, const float *restrict y, long n) {
    for (long i = 0; i < n; i++) out[i] = x[i] * y[i];
}

EK_TARGET static void EK_FN(scale)(float *restrict x, long n, float s) {
    for (long i = 0; i < n; i++) x[i] *= s;
}

// Keras RMSprop: s = rho·s + (1-rho)·g²; w -= lr·g / sqrt(s + eps).
EK_TARGET static void EK_FN(rmsprop)(float *restrict w, const float *restrict g, float *restrict s, long n,
                                     float lr, float rho, float eps) {
    const float one_minus = 1.0f - rho;
    for (long i = 0; i < n; i++) {
        float gi = g[i];
        float si = rho * s[i] + one_minus * gi * gi;
        s[i] = si;
        w[i] -= lr * gi / sqrtf(si + eps);
    }
}

// Keras Adam with alpha = lr·sqrt(1-β2^t)/(1-β1^t) precomputed.
EK_TARGET static void EK_FN(adam)(float *restrict w, const float *restrict g, float *restrict m, float *restrict v,
                                  long n, float alpha, float beta1, float beta2, float eps) {
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
EK_TARGET static inline unsigned EK_FN(mix32)(unsigned x) {
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

// Inverted dropout in one pass: u_i = hash(i, key) as a 32-bit uniform; keep when u_i ≥
// threshold (threshold = rate·2³²), scaled by 1/(1-rate). The mask is kept for the backward pass.
EK_TARGET static void EK_FN(dropout)(const float *restrict x, float *restrict out, float *restrict mask, long n,
                                     unsigned long long key, unsigned threshold, float scale) {
    const unsigned k1 = (unsigned)key, k2 = (unsigned)(key >> 32);
    for (long i = 0; i < n; i++) {
        unsigned u = EK_FN(mix32)(EK_FN(mix32)((unsigned)i ^ k1) + k2);
        float m = u >= threshold ? scale : 0.0f;
        mask[i] = m;
        out[i] = x[i] * m;
    }
}

const ek_kernel_table EK_FN(ek_kernels) = {
    EK_PATH_NAME,
    EK_FN(add_bias), EK_FN(bias_relu), EK_FN(relu_backward), EK_FN(column_sums), EK_FN(multiply),
    EK_FN(multiply_into), EK_FN(scale), EK_FN(rmsprop), EK_FN(adam), EK_FN(dropout),
};
