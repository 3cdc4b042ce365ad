/// The names a submission may not declare at top level while it is graded, so a test's `abs`,
/// `check` or `Sequential` is always the real one.
public enum ProtectedNames {
    /// The cell language's standard-library functions and types (the interpreter's builtins).
    public static let standardLibrary: Set<String> = [
        "print", "debugPrint", "display", "sqrt", "exp", "exp2", "log", "log2", "log10", "sin", "cos", "tan",
        "asin", "acos", "atan", "atan2", "tanh", "sinh", "cosh", "floor", "ceil", "round", "trunc", "pow",
        "hypot", "abs", "min", "max", "stride", "zip", "type", "fatalError", "precondition", "assert",
        "repeatElement", "swap",
        "Int", "Double", "Float", "Bool", "String", "Character", "Array", "Dictionary", "Set", "Optional",
    ]

    /// Operators a top-level operator function could redefine (`func < (a: Double, b: Double)`),
    /// which would change what a test's comparisons mean. Operators inside a student's own types
    /// stay allowed.
    public static let operators: Set<String> = ["+", "-", "*", "/", "%", "==", "!=", "<", ">", "<=", ">="]

    /// The grading builtins, the standard library, the operators and the host's names (engine
    /// bindings'). While the submission's own cells run, the key's test helpers are added.
    static func forTests(hostNames: Set<String>) -> Set<String> {
        standardLibrary.union(operators).union(GradingBuiltins.names).union(hostNames)
    }
}
