// Loads OpenBLAS at run time so its CPU kernel can be chosen before it initializes.
//
// Why: on this machine OpenBLAS 0.3.21 (Debian, DYNAMIC_ARCH) runs its AVX2 "Haswell" kernels
// (the environment sets OPENBLAS_CORETYPE=Haswell; without it, 0.3.21 does not recognize the
// CPU). Its AVX-512 "SkylakeX" sgemm is about 1.5x faster per core here (docs/performance.md,
// Engine). OpenBLAS picks its kernels from OPENBLAS_CORETYPE once, when it initializes, so on
// AVX-512 CPUs the engine sets that variable to SKYLAKEX just around its own dlopen and then
// restores the previous value (child processes see the environment unchanged).
// NBRUN_OPENBLAS_CORETYPE=<name> chooses another kernel family; NBRUN_OPENBLAS_CORETYPE=inherit
// keeps whatever OPENBLAS_CORETYPE says. If OpenBLAS cannot be loaded, a plain C sgemm keeps
// the engine correct (slowly).
#define _GNU_SOURCE
#include "engine_kernels.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef void (*sgemm_fn)(int, int, int, int, int, int, float, const float *, int, const float *, int, float, float *, int);
typedef void (*set_threads_fn)(int);
typedef int (*get_threads_fn)(void);
typedef char *(*corename_fn)(void);

static pthread_once_t once = PTHREAD_ONCE_INIT;
static sgemm_fn blas_sgemm;
static set_threads_fn blas_set_threads;
static get_threads_fn blas_get_threads;
static corename_fn blas_corename;

static int cpu_has_avx512(void) {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
           __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
#else
    return 0;
#endif
}

static void load(void) {
    const char *choice = getenv("NBRUN_OPENBLAS_CORETYPE");
    const char *wanted = NULL;
    if (choice && *choice) {
        wanted = strcmp(choice, "inherit") == 0 ? NULL : choice;
    } else if (cpu_has_avx512()) {
        wanted = "SKYLAKEX";
    }
    char *previous = NULL;
    const char *old = getenv("OPENBLAS_CORETYPE");
    if (old) previous = strdup(old);
    if (wanted) setenv("OPENBLAS_CORETYPE", wanted, 1);
    const char *names[] = {"libopenblas.so.0", "libopenblas.so", "libopenblas.dylib",
                           "/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so.0", NULL};
    void *h = NULL;
    for (int i = 0; names[i] && !h; i++) h = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (wanted) {
        if (previous) setenv("OPENBLAS_CORETYPE", previous, 1); else unsetenv("OPENBLAS_CORETYPE");
    }
    free(previous);
    if (!h) return;
    blas_sgemm = (sgemm_fn)dlsym(h, "cblas_sgemm");
    blas_set_threads = (set_threads_fn)dlsym(h, "openblas_set_num_threads");
    blas_get_threads = (get_threads_fn)dlsym(h, "openblas_get_num_threads");
    blas_corename = (corename_fn)dlsym(h, "openblas_get_corename");
}

int ek_blas_init(void) {
    pthread_once(&once, load);
    return blas_sgemm ? 0 : 1;
}

const char *ek_blas_corename(void) {
    ek_blas_init();
    if (!blas_sgemm) return "fallback";
    return blas_corename ? blas_corename() : "unknown";
}

void ek_set_threads(int n) {
    ek_blas_init();
    if (blas_set_threads) blas_set_threads(n < 1 ? 1 : n);
}

int ek_get_threads(void) {
    ek_blas_init();
    return blas_get_threads ? blas_get_threads() : 1;
}

// Plain row-major sgemm used only when OpenBLAS is missing.
static void fallback_sgemm(int ta, int tb, int m, int n, int k, float alpha, const float *a, int lda,
                           const float *b, int ldb, float beta, float *c, int ldc) {
    for (int i = 0; i < m; i++) {
        float *ci = c + (long)i * ldc;
        for (int j = 0; j < n; j++) ci[j] = beta == 0 ? 0 : beta * ci[j];
        for (int p = 0; p < k; p++) {
            float av = alpha * (ta ? a[(long)p * lda + i] : a[(long)i * lda + p]);
            if (tb) {
                for (int j = 0; j < n; j++) ci[j] += av * b[(long)j * ldb + p];
            } else {
                const float *bp = b + (long)p * ldb;
                for (int j = 0; j < n; j++) ci[j] += av * bp[j];
            }
        }
    }
}

void ek_sgemm(int ta, int tb, int m, int n, int k, float alpha, const float *a, int lda,
              const float *b, int ldb, float beta, float *c, int ldc) {
    ek_blas_init();
    if (blas_sgemm) {
        // CBLAS enums: RowMajor 101, NoTrans 111, Trans 112.
        blas_sgemm(101, ta ? 112 : 111, tb ? 112 : 111, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
    } else {
        fallback_sgemm(ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
    }
}
