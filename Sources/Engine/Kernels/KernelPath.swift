import CEngineKernels

/// The instruction path of the engine's elementwise C kernels: "avx2" or "portable".
///
/// Chosen once per process from the CPU and `NBRUN_KERNELS=auto|avx2|portable` (docs/engine.md).
/// Both paths give bit-identical results; only speed differs, so switching is safe at any time.
public enum KernelPath {
    /// The path the kernels run now.
    public static var current: String { String(cString: ek_kernel_path()) }

    /// True when this CPU (and build) can run the AVX2 path.
    public static var avx2Available: Bool { ek_cpu_has_avx2() != 0 }

    /// Switches the path ("auto", "avx2", "portable"; avx2 on a CPU without it gives portable)
    /// and returns the path now in use. For tests and diagnostics.
    @discardableResult
    public static func use(_ request: String) -> String { String(cString: ek_set_kernel_path(request)) }
}
