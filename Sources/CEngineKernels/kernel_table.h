// One instruction path's elementwise kernels, as a table the dispatcher switches between.
// Private to CEngineKernels (not under include/, so Swift never sees it).
#ifndef EK_KERNEL_TABLE_H
#define EK_KERNEL_TABLE_H

typedef struct ek_kernel_table {
    const char *name;
    void (*add_bias)(float *z, const float *b, long rows, long cols);
    void (*bias_relu)(float *z, const float *b, long rows, long cols);
    void (*relu_backward)(float *dy, const float *out, long n);
    void (*column_sums)(const float *m, float *out, long rows, long cols);
    void (*multiply)(float *x, const float *y, long n);
    void (*multiply_into)(float *out, const float *x, const float *y, long n);
    void (*scale)(float *x, long n, float s);
    void (*rmsprop)(float *w, const float *g, float *s, long n, float lr, float rho, float eps);
    void (*adam)(float *w, const float *g, float *m, float *v, long n, float alpha, float beta1, float beta2, float eps);
    void (*dropout)(const float *x, float *out, float *mask, long n, unsigned long long key, unsigned threshold, float scale);
} ek_kernel_table;

/// Baseline build of every kernel: SSE2 on x86-64, the compiler's default elsewhere.
extern const ek_kernel_table ek_kernels_portable;

// The AVX2 copy exists only where the compiler can target x86 features per function.
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#define EK_HAVE_AVX2_PATH 1
/// The same kernels compiled for AVX2 (8 lanes); call only where the CPU has AVX2 and FMA.
extern const ek_kernel_table ek_kernels_avx2;
#else
#define EK_HAVE_AVX2_PATH 0
#endif

#endif
