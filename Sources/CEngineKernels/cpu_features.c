// What this CPU can execute, for the kernel dispatcher and the OpenBLAS loader.
#include "engine_kernels.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
// __builtin_cpu_supports also checks that the OS saves AVX/AVX-512 state (XCR0), so a feature
// the kernel disabled counts as missing.
unsigned ek_cpu_features(void) {
    __builtin_cpu_init();
    unsigned f = 0;
    if (__builtin_cpu_supports("sse3")) f |= EK_CPU_SSE3;
    if (__builtin_cpu_supports("ssse3")) f |= EK_CPU_SSSE3;
    if (__builtin_cpu_supports("sse4.1")) f |= EK_CPU_SSE41;
    if (__builtin_cpu_supports("sse4.2")) f |= EK_CPU_SSE42;
    if (__builtin_cpu_supports("avx")) f |= EK_CPU_AVX;
    if (__builtin_cpu_supports("avx2")) f |= EK_CPU_AVX2;
    if (__builtin_cpu_supports("fma")) f |= EK_CPU_FMA;
    if (__builtin_cpu_supports("fma4")) f |= EK_CPU_FMA4;
    // OpenBLAS builds SkylakeX with -march=skylake-avx512: F, CD, BW, DQ and VL.
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512cd") && __builtin_cpu_supports("avx512bw") &&
        __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl")) f |= EK_CPU_AVX512;
    if (__builtin_cpu_supports("avx512bf16")) f |= EK_CPU_AVX512BF16;
    return f;
}
#else
unsigned ek_cpu_features(void) { return 0; }
#endif
