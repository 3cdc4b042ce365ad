/// What `nbrun grade` was asked to do.
public struct GradeRequest: Sendable {
    public var submissions: [String]
    public var keyPath: String
    public var jsonPath: String?
    public var junitPath: String?
    public var csvPath: String?
    public var feedbackDirectory: String?
    public var jobs: Int
    /// `i/n`: grade only the i-th of n equal shares (1-based).
    public var shard: String?
    public var failUnder: Double?
    /// Seconds each student cell and each test cell may run.
    public var cellSeconds: Double = 30
    /// Where cells run: `.inProcess` here, or each notebook/submission in its own child process.
    public var isolation: Isolation = .inProcess

    public init(submissions: [String], keyPath: String, jsonPath: String? = nil, junitPath: String? = nil,
                csvPath: String? = nil, feedbackDirectory: String? = nil, jobs: Int = 1, shard: String? = nil,
                failUnder: Double? = nil) {
        self.submissions = submissions
        self.keyPath = keyPath
        self.jsonPath = jsonPath
        self.junitPath = junitPath
        self.csvPath = csvPath
        self.feedbackDirectory = feedbackDirectory
        self.jobs = jobs
        self.shard = shard
        self.failUnder = failUnder
    }
}
