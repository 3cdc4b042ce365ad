/// Streams each epoch's logs as a CSV row (Keras `CSVLogger`): columns `epoch` (zero-based) then
/// the first epoch's log keys sorted — followed, when none is a `val_` key, by `val_` + each key,
/// as Keras 3.15 adds them — values as Python prints them, rows ended by "\n" (as Keras 3.15's
/// files are); "NA" for a key an epoch lacks. `append` keeps an existing
/// file's rows and writes the header only when that file is empty.
public final class CSVLogger: Callback {
    public let filename: String
    public let separator: String
    public let append: Bool
    /// The file's current contents, nil when there is none.
    let read: () throws -> String?
    /// Receives the whole file after each epoch (the sink writes it where the notebook keeps files).
    let write: (String) throws -> Void
    private var text = ""
    private var keys: [String]?
    private var writesHeader = true

    public init(filename: String, separator: String = ",", append: Bool = false,
                read: @escaping () throws -> String?, write: @escaping (String) throws -> Void) throws {
        guard separator.count == 1 else { throw EngineError("CSVLogger: separator must be one character, received \"\(separator)\"") }
        self.filename = filename
        self.separator = separator
        self.append = append
        self.read = read
        self.write = write
    }

    public override func onTrainBegin(_ context: TrainingContext) throws {
        keys = nil
        text = ""
        writesHeader = true
        if append, let existing = try read() {
            text = existing
            writesHeader = existing.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first?.isEmpty ?? true
        }
        try write(text)
    }

    public override func onEpochLogged(_ epoch: Int, logs: Logs, _ context: TrainingContext) throws {
        var columns = keys ?? logs.keys.sorted()
        if keys == nil {
            if !columns.isEmpty, !columns.contains(where: { $0.hasPrefix("val_") }) { columns += columns.map { "val_" + $0 } }
            keys = columns
            if writesHeader { text += row(["epoch"] + columns) }
        }
        text += row(["\(epoch)"] + columns.map { key in logs[key].map { CSVLogger.pythonText($0) } ?? "NA" })
        try write(text)
    }

    private func row(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: separator) + "\n"
    }

    /// Python's csv quoting (QUOTE_MINIMAL): fields holding the separator, a quote or a line break.
    private func quoted(_ field: String) -> String {
        guard field.contains(where: { String($0) == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A float32 log value as Python's `str(float(v))`: the shortest text of the double.
    static func pythonText(_ value: Float) -> String {
        let d = Double(value)
        if d.isNaN { return "nan" }
        if d.isInfinite { return d > 0 ? "inf" : "-inf" }
        return d.description
    }
}
