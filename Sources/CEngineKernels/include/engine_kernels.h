// Hand-written kernels for the engine's hot loops, and the OpenBLAS loader.
#ifndef ENGINE_KERNELS_H
#define ENGINE_KERNELS_H

#include <stdint.h>

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
/// x[0..<n] = value (fast in debug builds too, where a Swift fill loop is not).
void ek_fill(float *x, long n, float value);
void ek_dropout(const float *x, float *out, float *mask, long n, unsigned long long key, unsigned threshold, float scale);

// ---- sliding windows: convolution packing and pooling (conv.c, pooling.c) ----
/// A window sliding over a batch of NHWC images (1-D sequences use h = 1, kh = 1): input
/// n×h×w×c, window kh×kw, strides sh×sw, padding pt rows on top and pl columns on the left
/// (the rest of the padding is implied by the output size), output n×oh×ow×c.
typedef struct ek_window { long n, h, w, c, kh, kw, sh, sw, pt, pl, oh, ow; } ek_window;
/// im2col: col[(b, oy, ox), (i, j, ch)] = x[b, oy·sh − pt + i, ox·sw − pl + j, ch], 0 in the
/// padding; col is (n·oh·ow) × (kh·kw·c), the row-major layout a [kh, kw, c, filters] kernel multiplies.
void ek_im2col(const float *x, float *col, ek_window g);
/// The adjoint of ek_im2col: dx = Σ of the col entries that read each input element (dx is overwritten).
void ek_col2im(const float *col, float *dx, ek_window g);
/// y[b, oy, ox, ch] = max of the window (padding excluded); argmax (NULL to skip) gets the
/// offset inside its sample of the first element holding each maximum, in window order.
void ek_max_pool(const float *x, float *y, int32_t *argmax, ek_window g);
/// dx = dy added at the offsets ek_max_pool recorded (dx is overwritten).
void ek_max_pool_backward(const int32_t *argmax, const float *dy, float *dx, ek_window g);
/// y = mean of the window's elements inside the image (padding not counted, as Keras).
void ek_avg_pool(const float *x, float *y, ek_window g);
/// dx = the adjoint of ek_avg_pool applied to dy (dx is overwritten).
void ek_avg_pool_backward(const float *dy, float *dx, ek_window g);
/// y[b, ch] = mean (or max) over the `steps` positions of x[b, ·, ch].
void ek_global_pool(const float *x, float *y, long n, long steps, long c, int is_max);
/// dx for ek_global_pool: dy/steps everywhere (mean) or dy at the first maximum (max).
void ek_global_pool_backward(const float *x, const float *y, const float *dy, float *dx, long n, long steps, long c, int is_max);

#ifdef __cplusplus
}
#endif
#endif
