// The elementwise kernels for any CPU: baseline code (SSE2 on x86-64), the fallback path and
// the reference the AVX2 path must match bit for bit.
#include "engine_kernels.h"
#include "kernel_table.h"
#include <math.h>

#define EK_FN(name) name##_portable
#define EK_TARGET
#define EK_PATH_NAME "portable"
#include "kernel_bodies.h"
