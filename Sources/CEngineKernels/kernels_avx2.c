// The elementwise kernels compiled for AVX2 by a per-function target attribute, so the rest of
// the target stays baseline x86-64 and the binary starts on any x86-64 CPU. dispatch.c calls
// these only after checking the CPU. Empty on other architectures.
#include "engine_kernels.h"
#include "kernel_table.h"

#if EK_HAVE_AVX2_PATH
#include <math.h>

// "fma" matches the CPU check (AVX2 CPUs all have it); contraction stays off, so no FMA
// instruction is emitted and results equal the portable path's.
#define EK_FN(name) name##_avx2
#define EK_TARGET __attribute__((target("avx2,fma")))
#define EK_PATH_NAME "avx2"
#include "kernel_bodies.h"
#endif
