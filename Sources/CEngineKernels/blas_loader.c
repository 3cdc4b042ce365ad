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
//
// OpenBLAS runs a forced core type without checking the CPU (an AVX-512 name on an AVX2 CPU
// dies with SIGILL at the first sgemm), so on x86-64 the loader hands OpenBLAS only names it
// has checked against the CPU's features; any other name, chosen or inherited, is withheld
// around the dlopen and OpenBLAS detects the CPU itself. Elsewhere no name is checked (or
// chosen automatically): an explicit choice is passed through as the user's responsibility.
#define _GNU_SOURCE
#include "engine_kernels.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef void (*sgemm_fn)(int, int, int, int, int, int, float, const float *, int, const float *, int, float, float *, int);
typedef void (*set_threads_fn)(int);
typedef int (*get_threads_fn)(void);
typedef char *(*corename_fn)(void);

static pthread_once_t once = PTHREAD_ONCE_INIT;
static sgemm_fn blas_sgemm;
static set_threads_fn blas_set_threads;
static get_threads_fn blas_get_threads;
static corename_fn blas_corename;

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define EK_CHECK_CORES 1
// OpenBLAS 0.3.21's x86-64 core names (matched without case, as OpenBLAS does) and what their
// kernels execute. Not listed, so never handed over: the 32-bit-era names, Atom/Nano/Bobcat/
// Barcelona/Opteron, and SapphireRapids (AMX and AVX512-FP16 need more than a CPUID check).
static const struct { const char *name; unsigned needs; } cores[] = {
    {"PRESCOTT", EK_CPU_SSE3},
    {"CORE2", EK_CPU_SSE3 | EK_CPU_SSSE3},
    {"PENRYN", EK_CPU_SSE3 | EK_CPU_SSSE3 | EK_CPU_SSE41},
    {"DUNNINGTON", EK_CPU_SSE3 | EK_CPU_SSSE3 | EK_CPU_SSE41},
    {"NEHALEM", EK_CPU_SSE3 | EK_CPU_SSSE3 | EK_CPU_SSE41 | EK_CPU_SSE42},
    {"SANDYBRIDGE", EK_CPU_SSE42 | EK_CPU_AVX},
    {"HASWELL", EK_CPU_SSE42 | EK_CPU_AVX | EK_CPU_AVX2 | EK_CPU_FMA},
    {"ZEN", EK_CPU_SSE42 | EK_CPU_AVX | EK_CPU_AVX2 | EK_CPU_FMA},
    {"SKYLAKEX", EK_CPU_SSE42 | EK_CPU_AVX | EK_CPU_AVX2 | EK_CPU_FMA | EK_CPU_AVX512},
    {"COOPERLAKE", EK_CPU_SSE42 | EK_CPU_AVX | EK_CPU_AVX2 | EK_CPU_FMA | EK_CPU_AVX512 | EK_CPU_AVX512BF16},
    // AMD's pre-Zen families: their kernels use FMA4, which Zen and Intel CPUs lack.
    {"BULLDOZER", EK_CPU_SSE42 | EK_CPU_AVX | EK_CPU_FMA4},
    {"PILEDRIVER", EK_CPU_SSE42 | EK_CPU_AVX | EK_CPU_FMA | EK_CPU_FMA4},
    {"STEAMROLLER", EK_CPU_SSE42 | EK_CPU_AVX | EK_CPU_FMA | EK_CPU_FMA4},
    {"EXCAVATOR", EK_CPU_SSE42 | EK_CPU_AVX | EK_CPU_AVX2 | EK_CPU_FMA | EK_CPU_FMA4},
};

static int core_runnable(const char *name, unsigned features) {
    if (!name) return 0;
    for (size_t i = 0; i < sizeof cores / sizeof cores[0]; i++) {
        if (strcasecmp(name, cores[i].name) == 0) return (cores[i].needs & ~features) == 0;
    }
    return 0;
}
#else
#define EK_CHECK_CORES 0
#endif

const char *ek_blas_core_choice(const char *choice, const char *inherited, unsigned features) {
    const char *wanted = inherited;
    if (choice && *choice && strcmp(choice, "inherit") != 0) wanted = choice;
#if EK_CHECK_CORES
    if (!(choice && *choice) && core_runnable("SKYLAKEX", features)) wanted = "SKYLAKEX";
    return core_runnable(wanted, features) ? wanted : NULL;
#else
    (void)features;
    return wanted;
#endif
}

static void load(void) {
    const char *old = getenv("OPENBLAS_CORETYPE");
    char *previous = old ? strdup(old) : NULL;
    const char *wanted = ek_blas_core_choice(getenv("NBRUN_OPENBLAS_CORETYPE"), previous, ek_cpu_features());
    // Set (or withhold) the name only around the dlopen, so child processes see the
    // environment unchanged.
    if (wanted) setenv("OPENBLAS_CORETYPE", wanted, 1); else unsetenv("OPENBLAS_CORETYPE");
    const char *names[] = {"libopenblas.so.0", "libopenblas.so", "libopenblas.dylib",
                           "/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so.0", NULL};
    void *h = NULL;
    for (int i = 0; names[i] && !h; i++) h = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (previous) setenv("OPENBLAS_CORETYPE", previous, 1); else unsetenv("OPENBLAS_CORETYPE");
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
