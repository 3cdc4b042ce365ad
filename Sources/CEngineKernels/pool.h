// The two-thread work-sharing pool of parallel.c, for the other kernel files of this target.
// Private to CEngineKernels (not under include/, so Swift never sees it).
#ifndef EK_POOL_H
#define EK_POOL_H

/// One chunk of a job: chunks write disjoint outputs, so any thread may run any chunk.
typedef void (*task_fn)(const void *ctx, int chunk, int chunks);

/// Runs fn(ctx, 0..<chunks) on the caller and the helper thread; returns when all are done.
/// Chunk boundaries must depend only on the job's sizes (determinism, see parallel.c).
void ek_pool_run(task_fn fn, const void *ctx, int chunks);

#endif
