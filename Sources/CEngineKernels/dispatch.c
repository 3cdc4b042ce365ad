// Chooses the elementwise kernels' instruction path once per process (NBRUN_KERNELS and the
// CPU) and forwards the public ek_* kernel entry points to that path's table.
#include "engine_kernels.h"
#include "kernel_table.h"
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ek_cpu_has_avx2(void) {
    const unsigned needs = EK_CPU_AVX2 | EK_CPU_FMA;
    return EK_HAVE_AVX2_PATH && (ek_cpu_features() & needs) == needs;
}

static int known_request(const char *request) {
    return request && (strcmp(request, "auto") == 0 || strcmp(request, "avx2") == 0 || strcmp(request, "portable") == 0);
}

const char *ek_resolve_kernel_path(const char *request, int cpu_has_avx2) {
    if (request && strcmp(request, "portable") == 0) return "portable";
    // "avx2", "auto" and anything unrecognized: the fastest path this CPU can run, so a wrong
    // request never executes an instruction the CPU lacks.
    return cpu_has_avx2 && EK_HAVE_AVX2_PATH ? "avx2" : "portable";
}

static const ek_kernel_table *table_named(const char *path) {
#if EK_HAVE_AVX2_PATH
    if (strcmp(path, "avx2") == 0) return &ek_kernels_avx2;
#else
    (void)path;
#endif
    return &ek_kernels_portable;
}

// NULL until the first kernel call (or ek_kernel_path) reads NBRUN_KERNELS. Two threads racing
// there store the same table, so no lock is needed.
static _Atomic(const ek_kernel_table *) active;

static const ek_kernel_table *choose_from_environment(void) {
    const char *request = getenv("NBRUN_KERNELS");
    if (request && *request && !known_request(request)) {
        fprintf(stderr, "nbrun: NBRUN_KERNELS=%s is not auto, avx2 or portable; using auto\n", request);
    }
    const ek_kernel_table *t = table_named(ek_resolve_kernel_path(request, ek_cpu_has_avx2()));
    atomic_store_explicit(&active, t, memory_order_release);
    return t;
}

static inline const ek_kernel_table *kernels(void) {
    const ek_kernel_table *t = atomic_load_explicit(&active, memory_order_acquire);
    return t ? t : choose_from_environment();
}

const char *ek_kernel_path(void) { return kernels()->name; }

const char *ek_set_kernel_path(const char *request) {
    const ek_kernel_table *t = table_named(ek_resolve_kernel_path(request, ek_cpu_has_avx2()));
    atomic_store_explicit(&active, t, memory_order_release);
    return t->name;
}

// ---- the public kernels, forwarded ----

void ek_add_bias(float *z, const float *b, long rows, long cols) { kernels()->add_bias(z, b, rows, cols); }
void ek_bias_relu(float *z, const float *b, long rows, long cols) { kernels()->bias_relu(z, b, rows, cols); }
void ek_relu_backward(float *dy, const float *out, long n) { kernels()->relu_backward(dy, out, n); }
void ek_column_sums(const float *m, float *out, long rows, long cols) { kernels()->column_sums(m, out, rows, cols); }
void ek_multiply(float *x, const float *y, long n) { kernels()->multiply(x, y, n); }
void ek_multiply_into(float *out, const float *x, const float *y, long n) { kernels()->multiply_into(out, x, y, n); }
void ek_scale(float *x, long n, float s) { kernels()->scale(x, n, s); }
// Not dispatched: the compiler vectorizes a plain fill for whichever CPU it runs on well enough.
void ek_fill(float *x, long n, float value) { for (long i = 0; i < n; i++) x[i] = value; }

void ek_rmsprop(float *w, const float *g, float *s, long n, float lr, float rho, float eps) {
    kernels()->rmsprop(w, g, s, n, lr, rho, eps);
}

void ek_adam(float *w, const float *g, float *m, float *v, long n, float alpha, float beta1, float beta2, float eps) {
    kernels()->adam(w, g, m, v, n, alpha, beta1, beta2, eps);
}

void ek_dropout(const float *x, float *out, float *mask, long n, unsigned long long key, unsigned threshold, float scale) {
    kernels()->dropout(x, out, mask, n, key, threshold, scale);
}
