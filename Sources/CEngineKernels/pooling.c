// Max and average pooling over NHWC windows, their backward passes, and global pooling.
//
// Padding cells never take part: max pooling ignores them (as −∞ would) and average pooling
// divides by the number of cells inside the image, as Keras does for padding "same". Max
// pooling records where each maximum came from (the first cell holding it, in window order),
// so its backward is one scatter-add per output element.
#include "engine_kernels.h"
#include "pool.h"
#include <stdint.h>
#include <string.h>

static const long split_work = 1L << 16;

typedef struct { const float *x, *dy; float *out; int32_t *argmax; const int32_t *from; ek_window g; int is_max; } pool_job;

/// The window's rows [y0, y1) and columns [x0, x1) inside the image for output (oy, ox).
static inline void clip(const ek_window *g, long oy, long ox, long *y0, long *y1, long *x0, long *x1) {
    long a = oy * g->sh - g->pt, b = ox * g->sw - g->pl;
    *y0 = a < 0 ? 0 : a;
    *y1 = a + g->kh > g->h ? g->h : a + g->kh;
    *x0 = b < 0 ? 0 : b;
    *x1 = b + g->kw > g->w ? g->w : b + g->kw;
}

// Four lanes with GCC/Clang vector extensions: compilers do not vectorize the two-array
// select below on their own (measured 8× slower as a scalar loop), and this stays portable.
typedef float v4f __attribute__((vector_size(16), aligned(4)));
typedef int32_t v4i __attribute__((vector_size(16), aligned(4)));

/// o = max(o, v) and a = the offset `at + c` where v wins. Strictly greater: a tie keeps the
/// earlier cell, as in the scalar rule.
static inline void max_and_argmax(float *o, int32_t *a, const float *v, long at, long C) {
    long c = 0;
    for (; c + 4 <= C; c += 4) {
        const v4f vv = *(const v4f *)(v + c), oo = *(const v4f *)(o + c);
        const v4i aa = *(const v4i *)(a + c);
        const v4i win = vv > oo;
        const v4i here = (v4i){0, 1, 2, 3} + (int32_t)(at + c);
        *(v4f *)(o + c) = (v4f)(((v4i)vv & win) | ((v4i)oo & ~win));
        *(v4i *)(a + c) = (here & win) | (aa & ~win);
    }
    for (; c < C; c++) {
        if (v[c] > o[c]) { o[c] = v[c]; a[c] = (int32_t)(at + c); }
    }
}

// Forward chunks are ranges of output rows (b, oy).
static void pool_chunk(const void *p, int chunk, int chunks) {
    const pool_job *j = p;
    const ek_window g = j->g;
    const long rows = g.n * g.oh, r0 = rows * chunk / chunks, r1 = rows * (chunk + 1) / chunks;
    const long C = g.c;
    for (long r = r0; r < r1; r++) {
        const long b = r / g.oh, oy = r % g.oh;
        const float *image = j->x + b * g.h * g.w * C;
        float *out = j->out + r * g.ow * C;
        int32_t *arg = j->argmax ? j->argmax + r * g.ow * C : 0;
        for (long ox = 0; ox < g.ow; ox++, out += C) {
            long y0, y1, x0, x1;
            clip(&g, oy, ox, &y0, &y1, &x0, &x1);
            const long first = (y0 * g.w + x0) * C;
            for (long c = 0; c < C; c++) out[c] = image[first + c];
            if (arg) { for (long c = 0; c < C; c++) arg[c] = (int32_t)(first + c); }
            int skip = 1;
            for (long iy = y0; iy < y1; iy++) {
                for (long ix = x0; ix < x1; ix++) {
                    if (skip) { skip = 0; continue; }
                    const long at = (iy * g.w + ix) * C;
                    const float *restrict v = image + at;
                    float *restrict o = out;
                    if (!j->is_max) {
                        for (long c = 0; c < C; c++) o[c] += v[c];
                    } else if (arg) {
                        max_and_argmax(o, arg, v, at, C);
                    } else {
                        for (long c = 0; c < C; c++) o[c] = v[c] > o[c] ? v[c] : o[c];
                    }
                }
            }
            if (arg) arg += C;
            if (!j->is_max) {
                const float inv = 1.0f / (float)((y1 - y0) * (x1 - x0));
                for (long c = 0; c < C; c++) out[c] *= inv;
            }
        }
    }
}

// Backward chunks are ranges of samples: windows may overlap inside an image.
static void pool_backward_chunk(const void *p, int chunk, int chunks) {
    const pool_job *j = p;
    const ek_window g = j->g;
    const long b0 = g.n * chunk / chunks, b1 = g.n * (chunk + 1) / chunks;
    const long C = g.c, image_size = g.h * g.w * C;
    if (b1 > b0) memset(j->out + b0 * image_size, 0, sizeof(float) * (size_t)((b1 - b0) * image_size));
    for (long b = b0; b < b1; b++) {
        float *dx = j->out + b * image_size;
        const long outputs = g.oh * g.ow * C;
        if (j->is_max) {
            const int32_t *from = j->from + b * outputs;
            const float *d = j->dy + b * outputs;
            for (long o = 0; o < outputs; o++) dx[from[o]] += d[o];
            continue;
        }
        for (long oy = 0; oy < g.oh; oy++) {
            for (long ox = 0; ox < g.ow; ox++) {
                const long o = ((b * g.oh + oy) * g.ow + ox) * C;
                long y0, y1, x0, x1;
                clip(&g, oy, ox, &y0, &y1, &x0, &x1);
                const float inv = 1.0f / (float)((y1 - y0) * (x1 - x0));
                for (long iy = y0; iy < y1; iy++) {
                    for (long ix = x0; ix < x1; ix++) {
                        float *restrict d = dx + (iy * g.w + ix) * C;
                        const float *restrict s = j->dy + o;
                        for (long c = 0; c < C; c++) d[c] += s[c] * inv;
                    }
                }
            }
        }
    }
}

static long window_work(const ek_window *g) { return g->n * g->oh * g->ow * g->kh * g->kw * g->c; }

void ek_max_pool(const float *x, float *y, int32_t *argmax, ek_window g) {
    pool_job j = {x, 0, y, argmax, 0, g, 1};
    ek_pool_run(pool_chunk, &j, window_work(&g) >= split_work && g.n * g.oh >= 2 ? 2 : 1);
}

void ek_avg_pool(const float *x, float *y, ek_window g) {
    pool_job j = {x, 0, y, 0, 0, g, 0};
    ek_pool_run(pool_chunk, &j, window_work(&g) >= split_work && g.n * g.oh >= 2 ? 2 : 1);
}

void ek_max_pool_backward(const int32_t *argmax, const float *dy, float *dx, ek_window g) {
    pool_job j = {0, dy, dx, 0, argmax, g, 1};
    ek_pool_run(pool_backward_chunk, &j, window_work(&g) >= split_work && g.n >= 2 ? 2 : 1);
}

void ek_avg_pool_backward(const float *dy, float *dx, ek_window g) {
    pool_job j = {0, dy, dx, 0, 0, g, 0};
    ek_pool_run(pool_backward_chunk, &j, window_work(&g) >= split_work && g.n >= 2 ? 2 : 1);
}

// ---- global pooling: one window covering all `steps` positions ----

void ek_global_pool(const float *x, float *y, long n, long steps, long c, int is_max) {
    for (long b = 0; b < n; b++) {
        const float *s = x + b * steps * c;
        float *restrict o = y + b * c;
        for (long ch = 0; ch < c; ch++) o[ch] = steps > 0 ? s[ch] : 0;
        for (long t = 1; t < steps; t++) {
            const float *restrict v = s + t * c;
            if (is_max) { for (long ch = 0; ch < c; ch++) o[ch] = v[ch] > o[ch] ? v[ch] : o[ch]; }
            else { for (long ch = 0; ch < c; ch++) o[ch] += v[ch]; }
        }
        if (!is_max && steps > 0) {
            const float inv = 1.0f / (float)steps;
            for (long ch = 0; ch < c; ch++) o[ch] *= inv;
        }
    }
}

void ek_global_pool_backward(const float *x, const float *y, const float *dy, float *dx, long n, long steps, long c, int is_max) {
    if (!is_max) {
        const float inv = steps > 0 ? 1.0f / (float)steps : 0;
        for (long b = 0; b < n; b++) {
            for (long t = 0; t < steps; t++) {
                float *restrict d = dx + (b * steps + t) * c;
                const float *restrict s = dy + b * c;
                for (long ch = 0; ch < c; ch++) d[ch] = s[ch] * inv;
            }
        }
        return;
    }
    memset(dx, 0, sizeof(float) * (size_t)(n * steps * c));
    for (long b = 0; b < n; b++) {
        for (long ch = 0; ch < c; ch++) {
            const float m = y[b * c + ch];
            for (long t = 0; t < steps; t++) {
                const long at = (b * steps + t) * c + ch;
                if (x[at] == m) { dx[at] = dy[b * c + ch]; break; }
            }
        }
    }
}
