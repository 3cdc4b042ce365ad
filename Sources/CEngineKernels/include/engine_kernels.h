// Hand-written kernels for the engine's hot loops, and the OpenBLAS loader.
#ifndef ENGINE_KERNELS_H
#define ENGINE_KERNELS_H

#ifdef __cplusplus
extern "C" {
#endif

// ---- BLAS (blas_loader.c) ----
/// Loads OpenBLAS once (choosing its AVX-512 kernels on AVX-512 CPUs); 0 on success.
int ek_blas_init(void);
/// OpenBLAS's core name ("SkylakeX"), or "fallback" when OpenBLAS could not be loaded.
const char *ek_blas_corename(void);
/// CPU feature bits that decide which kernels can run (x86-64; cpu_features.c).
enum {
    EK_CPU_SSE3 = 1, EK_CPU_SSSE3 = 2, EK_CPU_SSE41 = 4, EK_CPU_SSE42 = 8, EK_CPU_AVX = 16, EK_CPU_AVX2 = 32,
    EK_CPU_FMA = 64, EK_CPU_FMA4 = 128, EK_CPU_AVX512 = 256 /* F, CD, BW, DQ, VL */, EK_CPU_AVX512BF16 = 512,
};
/// This CPU's EK_CPU_* bits, counting only what the OS enabled (0 off x86-64).
unsigned ek_cpu_features(void);
/// The OPENBLAS_CORETYPE the loader sets around its dlopen for NBRUN_OPENBLAS_CORETYPE=`choice`
/// and an inherited OPENBLAS_CORETYPE=`inherited`; NULL lets OpenBLAS detect the CPU itself.
/// On x86-64 it is never a core type that a CPU with `features` cannot run.
const char *ek_blas_core_choice(const char *choice, const char *inherited, unsigned features);
/// Row-major C = alpha·op(A)·op(B) + beta·C.
void ek_sgemm(int trans_a, int trans_b, int m, int n, int k, float alpha, const float *a, int lda,
              const float *b, int ldb, float beta, float *c, int ldc);
void ek_set_threads(int n);
int ek_get_threads(void);

// ---- two-thread work sharing (parallel.c) ----
/// 1 or 2 engine threads (OpenBLAS itself is kept single-threaded underneath).
void ek_pool_set_threads(int n);
int ek_pool_threads(void);
/// ek_sgemm split into two halves of the output, shared by the caller and a helper thread.
void ek_sgemm_pool(int trans_a, int trans_b, int m, int n, int k, float alpha, const float *a, int lda,
                   const float *b, int ldb, float beta, float *c, int ldc);
/// dst[r] = src[idx[r]] for rows of `width` floats.
void ek_gather_rows(float *dst, const float *src, const long *idx, long count, long width);
/// Prefetches rows src[idx[r]] (for the next batch).
void ek_prefetch_rows(const float *src, const long *idx, long count, long width);
void ek_rmsprop_pool(float *w, const float *g, float *s, long n, float lr, float rho, float eps);

// ---- instruction path of the elementwise kernels (dispatch.c) ----
/// The path the elementwise kernels run: "avx2" or "portable"; NBRUN_KERNELS picks it at first use.
const char *ek_kernel_path(void);
/// Switches the path at run time (tests, diagnostics); returns the path now in use.
const char *ek_set_kernel_path(const char *request);
/// 1 when this build and CPU can run the avx2 path (AVX2 and FMA, enabled by the OS).
int ek_cpu_has_avx2(void);
/// The path a request gives: "portable" for "portable", else (auto, avx2, NULL, unknown) the
/// fastest the CPU runs — never avx2 on a CPU without it.
const char *ek_resolve_kernel_path(const char *request, int cpu_has_avx2);

// ---- elementwise (kernel_bodies.h, one copy per path; bit-identical results) ----
void ek_add_bias(float *z, const float *b, long rows, long cols);
void ek_bias_relu(float *z, const float *b, long rows, long cols);
void ek_relu_backward(float *dy, const float *out, long n);
void ek_column_sums(const float *m, float *out, long rows, long cols);
void ek_multiply(float *x, const float *y, long n);
void ek_multiply_into(float *out, const float *x, const float *y, long n);
void ek_rmsprop(float *w, const float *g, float *s, long n, float lr, float rho, float eps);
void ek_adam(float *w, const float *g, float *m, float *v, long n, float alpha, float beta1, float beta2, float eps);
void ek_scale(float *x, long n, float s);
void ek_dropout(const float *x, float *out, float *mask, long n, unsigned long long key, unsigned threshold, float scale);

#ifdef __cplusplus
}
#endif
#endif
