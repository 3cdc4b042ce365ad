extension String {
    mutating func appendLine(_ s: String) {
        if !isEmpty { self += "\n" }
        self += s
    }

    func padded(to n: Int) -> String {
        count >= n ? self : self + String(repeating: ".", count: n - count)
    }
}

var report = ""
report.appendLine("first")
report.appendLine("second")
print(report)
print("ab".padded(to: 5), "abcdef".padded(to: 3))

// expect: first
// expect: second
// expect: ab... abcdef
