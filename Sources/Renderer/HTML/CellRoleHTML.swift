import NotebookModel

/// The marks of exercise and test cells: the label in the cell's bar ("Exercise · 2 points",
/// "Tests") and, under a test, how its checks went ("✓ 3 checks passed").
enum CellRoleHTML {
    /// CSS classes for the cell's role.
    static func classes(_ cell: CellView) -> [String] {
        switch cell.role {
        case .code: return []
        case .exercise: return ["exercise"]
        case .test(let hidden): return hidden ? ["test", "hidden-test"] : ["test"]
        }
    }

    /// The label shown in the cell's bar, or "" for ordinary cells.
    static func label(_ cell: CellView) -> String {
        let text: String
        switch cell.role {
        case .code: return ""
        case .exercise(let points): text = "Exercise · " + pointsText(points)
        case .test(let hidden): text = hidden ? "Hidden tests" : "Tests"
        }
        return "<span class=\"cell-role\">\(XMLEscaping.text(text))</span>\n"
    }

    /// "1 point", "2 points", "1.5 points".
    static func pointsText(_ points: Double) -> String {
        let number = points == points.rounded() && abs(points) < 1e15 ? String(Int(points)) : String(points)
        return number + (points == 1 ? " point" : " points")
    }

    /// What the cell's checks did, or "" when it made none (and is not a test cell that failed
    /// before its first check).
    static func summary(_ cell: CellView) -> String {
        let isTest: Bool
        if case .test = cell.role { isTest = true } else { isTest = false }
        guard let checks = cell.checks ?? (isTest && cell.isError ? CheckSummary(made: 0) : nil) else { return "" }
        let passed = checks.passed == 1 ? "1 check passed" : "\(checks.passed) checks passed"
        if let failure = checks.failure {
            let before = checks.passed == 0 ? "" : " (\(passed) before it)"
            return "<p class=\"check-summary check-failed\"><span aria-hidden=\"true\">✗</span> Check \(checks.made) failed: "
                + XMLEscaping.text(failure) + XMLEscaping.text(before) + "</p>\n"
        }
        if cell.isError && !cell.expectError {
            let after = checks.passed == 0 ? "before any check passed" : "after \(passed)"
            return "<p class=\"check-summary check-failed\"><span aria-hidden=\"true\">✗</span> The tests stopped with an error \(after)</p>\n"
        }
        return "<p class=\"check-summary check-passed\"><span aria-hidden=\"true\">✓</span> \(passed)</p>\n"
    }
}
