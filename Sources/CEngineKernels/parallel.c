// A two-thread work-sharing pool for the engine's per-batch work, built to degrade gracefully
// when another process shares the cores.
//
// Each job is cut into a few chunks that write disjoint outputs. The calling thread and one
// helper thread claim chunks from a shared counter; the caller never waits for a chunk nobody
// has claimed, so if the helper is not scheduled (cores busy with other processes) the caller
// simply does all the work at single-thread speed instead of stalling. The helper spins briefly
// between jobs (jobs come every few microseconds during training) and then sleeps.
//
// Determinism: chunk boundaries depend only on the job's sizes (with one thread the same chunks
// run one after the other), and every chunk is computed by single-threaded OpenBLAS, so results
// are bit-identical whichever thread runs which chunk and whatever the thread setting.
#define _GNU_SOURCE
#include "engine_kernels.h"
#include "pool.h"
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <string.h>
#include <time.h>

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
// Serializes whole jobs, so two threads training at once share the helper safely (one job at
// a time) instead of corrupting each other's job.
static pthread_mutex_t issue_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static pthread_once_t start_once = PTHREAD_ONCE_INIT;
static _Atomic int pool_threads = 2;  // 1 = everything inline (set from any thread)
static int helper_ok = 0;

// The current job, guarded by mu.
static task_fn job_fn;
static const void *job_ctx;
static int job_chunks, job_next;
static unsigned long job_seq;
static _Atomic unsigned long published_seq;
static _Atomic int job_done;
static int helper_asleep;

static inline void cpu_relax(void) {
#if defined(__x86_64__)
    __builtin_ia32_pause();
#endif
}

/// Claims the next chunk of job `seq`, or -1.
static int claim(unsigned long seq) {
    int c = -1;
    pthread_mutex_lock(&mu);
    if (job_seq == seq && job_next < job_chunks) c = job_next++;
    pthread_mutex_unlock(&mu);
    return c;
}

static double now_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static void *helper_main(void *arg) {
    (void)arg;
    unsigned long seen = 0;
    for (;;) {
        // Spin up to ~100 µs for the next job, then sleep until signalled.
        double start = now_seconds();
        int spins = 0;
        while (atomic_load_explicit(&published_seq, memory_order_acquire) == seen) {
            cpu_relax();
            if (++spins % 256 == 0 && now_seconds() - start > 100e-6) {
                pthread_mutex_lock(&mu);
                helper_asleep = 1;
                while (job_seq == seen) pthread_cond_wait(&wake, &mu);
                helper_asleep = 0;
                pthread_mutex_unlock(&mu);
                break;
            }
        }
        pthread_mutex_lock(&mu);
        unsigned long seq = job_seq;
        task_fn fn = job_fn;
        const void *ctx = job_ctx;
        int chunks = job_chunks;
        pthread_mutex_unlock(&mu);
        seen = seq;
        int c;
        while ((c = claim(seq)) >= 0) {
            fn(ctx, c, chunks);
            atomic_fetch_add_explicit(&job_done, 1, memory_order_release);
        }
    }
    return NULL;
}

static void start_helper(void) {
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    helper_ok = pthread_create(&t, &attr, helper_main, NULL) == 0;
    pthread_attr_destroy(&attr);
}

void ek_pool_set_threads(int n) { pool_threads = n < 1 ? 1 : (n > 2 ? 2 : n); }
int ek_pool_threads(void) { return pool_threads; }

/// Runs fn(ctx, 0..<chunks) on the caller and the helper; returns when all chunks are done.
static void run_locked(task_fn fn, const void *ctx, int chunks);

static void run(task_fn fn, const void *ctx, int chunks) {
    if (pool_threads < 2 || chunks < 2) {
        for (int c = 0; c < chunks; c++) fn(ctx, c, chunks);
        return;
    }
    pthread_mutex_lock(&issue_mu);
    run_locked(fn, ctx, chunks);
    pthread_mutex_unlock(&issue_mu);
}

static void run_locked(task_fn fn, const void *ctx, int chunks) {
    if (pool_threads < 2 || chunks < 2) {
        for (int c = 0; c < chunks; c++) fn(ctx, c, chunks);
        return;
    }
    pthread_once(&start_once, start_helper);
    if (!helper_ok) {
        for (int c = 0; c < chunks; c++) fn(ctx, c, chunks);
        return;
    }
    pthread_mutex_lock(&mu);
    job_fn = fn;
    job_ctx = ctx;
    job_chunks = chunks;
    job_next = 0;
    unsigned long seq = ++job_seq;
    atomic_store_explicit(&job_done, 0, memory_order_relaxed);
    atomic_store_explicit(&published_seq, seq, memory_order_release);
    if (helper_asleep) pthread_cond_signal(&wake);
    pthread_mutex_unlock(&mu);
    int c;
    while ((c = claim(seq)) >= 0) {
        fn(ctx, c, chunks);
        atomic_fetch_add_explicit(&job_done, 1, memory_order_release);
    }
    // Only chunks the helper already started remain; yield so a preempted helper can finish.
    int spins = 0;
    while (atomic_load_explicit(&job_done, memory_order_acquire) < chunks) {
        cpu_relax();
        if (++spins % 1024 == 0) sched_yield();
    }
}

void ek_pool_run(task_fn fn, const void *ctx, int chunks) { run(fn, ctx, chunks); }

// ---- sgemm split over output rows or columns ----

typedef struct {
    int ta, tb, m, n, k, lda, ldb, ldc, by_rows;
    float alpha, beta;
    const float *a, *b;
    float *c;
} gemm_job;

static void gemm_chunk(const void *p, int chunk, int chunks) {
    const gemm_job *j = p;
    if (j->by_rows) {
        int r0 = (int)((long)j->m * chunk / chunks), r1 = (int)((long)j->m * (chunk + 1) / chunks);
        if (r1 <= r0) return;
        const float *a = j->ta ? j->a + r0 : j->a + (long)r0 * j->lda;
        ek_sgemm(j->ta, j->tb, r1 - r0, j->n, j->k, j->alpha, a, j->lda, j->b, j->ldb, j->beta, j->c + (long)r0 * j->ldc, j->ldc);
    } else {
        int c0 = (int)((long)j->n * chunk / chunks), c1 = (int)((long)j->n * (chunk + 1) / chunks);
        if (c1 <= c0) return;
        const float *b = j->tb ? j->b + (long)c0 * j->ldb : j->b + c0;
        ek_sgemm(j->ta, j->tb, j->m, c1 - c0, j->k, j->alpha, j->a, j->lda, b, j->ldb, j->beta, j->c + c0, j->ldc);
    }
}

void ek_sgemm_pool(int ta, int tb, int m, int n, int k, float alpha, const float *a, int lda,
                   const float *b, int ldb, float beta, float *c, int ldc) {
    double flops = 2.0 * m * n * k;
    // Below ~1 MFLOP the hand-off costs more than it saves. The split depends only on the
    // sizes, never on the thread count, so 1 and 2 threads give bit-identical results.
    int chunks = flops >= 1e6 ? 2 : 1;
    // Split the larger output side; on ties split columns (measured a few % faster for m = 128).
    gemm_job j = {ta, tb, m, n, k, lda, ldb, ldc, m > n, alpha, beta, a, b, c};
    if (chunks == 1) { gemm_chunk(&j, 0, 1); return; }
    run(gemm_chunk, &j, chunks);
}

// ---- row gather ----

typedef struct { float *dst; const float *src; const long *idx; long count, width; } gather_job;

static void gather_chunk(const void *p, int chunk, int chunks) {
    const gather_job *j = p;
    long r0 = j->count * chunk / chunks, r1 = j->count * (chunk + 1) / chunks;
    for (long r = r0; r < r1; r++) memcpy(j->dst + r * j->width, j->src + j->idx[r] * j->width, sizeof(float) * (size_t)j->width);
}

void ek_gather_rows(float *dst, const float *src, const long *idx, long count, long width) {
    gather_job j = {dst, src, idx, count, width};
    run(gather_chunk, &j, count * width >= 65536 ? 2 : 1);
}

// ---- row prefetch ----

// Asks the cache to start loading rows that the next batch will gather, so that their DRAM
// latency overlaps this batch's compute instead of stalling the next gather.
void ek_prefetch_rows(const float *src, const long *idx, long count, long width) {
    const long bytes = width * (long)sizeof(float);
    for (long r = 0; r < count; r++) {
        const char *row = (const char *)(src + idx[r] * width);
        for (long off = 0; off < bytes; off += 64) __builtin_prefetch(row + off, 0, 1);
    }
}

// ---- RMSprop over a large parameter ----

typedef struct { float *w; const float *g; float *s; long n; float lr, rho, eps; } rms_job;

static void rms_chunk(const void *p, int chunk, int chunks) {
    const rms_job *j = p;
    // Chunk edges on 16-float boundaries keep the vector loop aligned with its neighbour.
    long a = (j->n * chunk / chunks) & ~15L, b = chunk + 1 == chunks ? j->n : (j->n * (chunk + 1) / chunks) & ~15L;
    if (b > a) ek_rmsprop(j->w + a, j->g + a, j->s + a, b - a, j->lr, j->rho, j->eps);
}

void ek_rmsprop_pool(float *w, const float *g, float *s, long n, float lr, float rho, float eps) {
    rms_job j = {w, g, s, n, lr, rho, eps};
    run(rms_chunk, &j, n >= 32768 ? 2 : 1);
}
