// Packing for convolutions as one sgemm (im2col) and its adjoint (col2im), NHWC.
//
// A convolution's output row (b, oy, ox) is the dot product of its receptive field with each
// filter; im2col lays the fields out as rows, so the whole batch is col · kernel with the Keras
// kernel [kh, kw, c, filters] read as a (kh·kw·c) × filters matrix. In NHWC the kw·c values of
// one kernel row are contiguous in the image, so each is one copy.
#include "engine_kernels.h"
#include "pool.h"
#include <string.h>

/// Work below this many floats runs on the calling thread (a hand-off costs a few µs).
static const long split_work = 1L << 16;

typedef struct { const float *x; float *col; ek_window g; } pack_job;

// Chunks are ranges of output rows (b, oy): each writes its own rows of col.
static void im2col_chunk(const void *p, int chunk, int chunks) {
    const pack_job *j = p;
    const ek_window g = j->g;
    const long rows = g.n * g.oh, r0 = rows * chunk / chunks, r1 = rows * (chunk + 1) / chunks;
    const long seg = g.kw * g.c, K = g.kh * seg;
    for (long r = r0; r < r1; r++) {
        const long b = r / g.oh, oy = r % g.oh;
        const float *image = j->x + b * g.h * g.w * g.c;
        float *dst = j->col + r * g.ow * K;
        for (long ox = 0; ox < g.ow; ox++, dst += K) {
            const long ix0 = ox * g.sw - g.pl;
            for (long i = 0; i < g.kh; i++) {
                const long iy = oy * g.sh - g.pt + i;
                float *d = dst + i * seg;
                if (iy < 0 || iy >= g.h) { memset(d, 0, sizeof(float) * (size_t)seg); continue; }
                const float *src = image + iy * g.w * g.c;
                if (ix0 >= 0 && ix0 + g.kw <= g.w) {
                    // Short rows (one input channel) copy faster inline than through memcpy.
                    if (seg <= 16) { const float *s = src + ix0 * g.c; for (long t = 0; t < seg; t++) d[t] = s[t]; }
                    else memcpy(d, src + ix0 * g.c, sizeof(float) * (size_t)seg);
                } else {
                    for (long jj = 0; jj < g.kw; jj++) {
                        const long ix = ix0 + jj;
                        if (ix < 0 || ix >= g.w) memset(d + jj * g.c, 0, sizeof(float) * (size_t)g.c);
                        else memcpy(d + jj * g.c, src + ix * g.c, sizeof(float) * (size_t)g.c);
                    }
                }
            }
        }
    }
}

void ek_im2col(const float *x, float *col, ek_window g) {
    pack_job j = {x, col, g};
    const long work = g.n * g.oh * g.ow * g.kh * g.kw * g.c;
    ek_pool_run(im2col_chunk, &j, work >= split_work && g.n * g.oh >= 2 ? 2 : 1);
}

typedef struct { const float *col; float *dx; ek_window g; } unpack_job;

// Chunks are ranges of samples: windows overlap inside an image, never across images.
static void col2im_chunk(const void *p, int chunk, int chunks) {
    const unpack_job *j = p;
    const ek_window g = j->g;
    const long b0 = g.n * chunk / chunks, b1 = g.n * (chunk + 1) / chunks;
    const long seg = g.kw * g.c, K = g.kh * seg, image_size = g.h * g.w * g.c;
    float *dx = j->dx;
    if (b1 > b0) memset(dx + b0 * image_size, 0, sizeof(float) * (size_t)((b1 - b0) * image_size));
    for (long b = b0; b < b1; b++) {
        float *image = dx + b * image_size;
        const float *src = j->col + b * g.oh * g.ow * K;
        for (long oy = 0; oy < g.oh; oy++) {
            for (long ox = 0; ox < g.ow; ox++, src += K) {
                const long ix0 = ox * g.sw - g.pl;
                for (long i = 0; i < g.kh; i++) {
                    const long iy = oy * g.sh - g.pt + i;
                    if (iy < 0 || iy >= g.h) continue;
                    float *row = image + iy * g.w * g.c;
                    const float *s = src + i * seg;
                    if (ix0 >= 0 && ix0 + g.kw <= g.w) {
                        float *restrict d = row + ix0 * g.c;
                        for (long t = 0; t < seg; t++) d[t] += s[t];
                    } else {
                        for (long jj = 0; jj < g.kw; jj++) {
                            const long ix = ix0 + jj;
                            if (ix < 0 || ix >= g.w) continue;
                            float *restrict d = row + ix * g.c;
                            const float *sc = s + jj * g.c;
                            for (long t = 0; t < g.c; t++) d[t] += sc[t];
                        }
                    }
                }
            }
        }
    }
}

void ek_col2im(const float *col, float *dx, ek_window g) {
    unpack_job j = {col, dx, g};
    const long work = g.n * g.oh * g.ow * g.kh * g.kw * g.c;
    ek_pool_run(col2im_chunk, &j, work >= split_work && g.n >= 2 ? 2 : 1);
}
