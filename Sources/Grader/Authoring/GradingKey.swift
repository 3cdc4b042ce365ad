import NotebookModel

/// The instructor's notebook read as a grading key: exercises with their points and tests.
public struct GradingKey: Sendable {
    /// One test cell of the key (visible or hidden).
    public struct Test: Sendable, Equatable {
        /// Stable name for reports: the cell's `id=`, else `<exercise>-test-<k>` (k 1-based per exercise).
        public var id: String
        public var source: String
        /// Notebook line of the first source line (for the test's diagnostics, never shown to students).
        public var firstLine: Int
        public var hidden: Bool
    }

    /// One exercise: the ID exercise and test cells share, its points and its tests in key order.
    public struct Exercise: Sendable, Equatable {
        public var id: String
        public var points: Double
        public var tests: [Test]
    }

    public var path: String
    /// Exercises in the order their exercise cells appear in the key.
    public var exercises: [Exercise]
    /// Top-level function and type names the key's tests declare (helpers students may not pre-declare).
    public var testHelperNames: Set<String>
    /// Capitalised names the tests use that no key cell declares: the types tests take from the
    /// host or the standard library (`Sequential`), protected even if the runner passes no host names.
    public var hostTypeNamesUsedByTests: Set<String>

    /// Points of an exercise cell without `points=`.
    public static let defaultPoints = 1.0

    /// Reads the key. Errors (with path:line): an exercise ID used by two exercise cells, a test
    /// for an exercise that has no exercise cell, an exercise with no tests.
    public init(notebook: Notebook) throws {
        path = notebook.path
        var exercises: [Exercise] = []
        var positions: [String: Int] = [:]
        var fenceLines: [String: Int] = [:]
        for cell in notebook.cells {
            guard let id = cell.attributes.exercise else { continue }
            if cell.attributes.test != nil {
                throw NotebookError(path: path, line: cell.fenceLine, column: 1,
                                    message: "a cell is either an exercise or a test, not both")
            }
            if let first = fenceLines[id] {
                throw NotebookError(path: path, line: cell.fenceLine, column: 1,
                                    message: "exercise '\(id)' is already defined at line \(first); give each exercise cell its own ID")
            }
            fenceLines[id] = cell.fenceLine
            positions[id] = exercises.count
            exercises.append(Exercise(id: id, points: cell.attributes.points ?? Self.defaultPoints, tests: []))
        }
        var helpers: Set<String> = []
        var declared: Set<String> = []
        var capitalized: Set<String> = []
        for cell in notebook.cells {
            declared.formUnion(DeclaredNames.allDeclared(in: cell.source))
            if cell.attributes.test != nil { capitalized.formUnion(DeclaredNames.capitalizedNames(in: cell.source)) }
        }
        for cell in notebook.cells {
            guard let id = cell.attributes.test else { continue }
            guard let position = positions[id] else {
                throw NotebookError(path: path, line: cell.fenceLine, column: 1,
                                    message: "test for exercise '\(id)', but no cell has exercise=\(id)")
            }
            let k = exercises[position].tests.count + 1
            let name = cell.attributes.id ?? "\(id)-test-\(k)"
            exercises[position].tests.append(Test(id: name, source: cell.source, firstLine: cell.firstLine,
                                                  hidden: cell.attributes.hidden))
            helpers.formUnion(DeclaredNames.topLevelFunctionsAndTypes(in: cell.source))
        }
        for exercise in exercises where exercise.tests.isEmpty {
            throw NotebookError(path: path, line: fenceLines[exercise.id] ?? 1, column: 1,
                                message: "exercise '\(exercise.id)' has no test cells (add ```swift test=\(exercise.id))")
        }
        self.exercises = exercises
        testHelperNames = helpers
        hostTypeNamesUsedByTests = capitalized.subtracting(declared)
    }

    /// Parses and reads a key from its text.
    public init(text: String, path: String) throws {
        try self.init(notebook: NotebookParser.parse(text: text, path: path))
    }

    /// The sum of the exercises' points.
    public var maxScore: Double { exercises.reduce(0) { $0 + $1.points } }
}
