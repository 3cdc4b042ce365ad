/// Errors thrown by the data layer: every message names the file (and line, where it applies).
public enum DataError: Error, Equatable, CustomStringConvertible {
    /// The file does not exist.
    case fileNotFound(path: String)
    /// The file exists but could not be read or written.
    case io(path: String, reason: String)
    /// The file's contents do not follow its format (bad magic number, wrong sizes, bad header…).
    case corrupt(path: String, reason: String)
    /// The file ends before the data its header announces.
    case truncated(path: String, reason: String)
    /// The file is valid but uses a feature this reader does not support.
    case unsupported(path: String, reason: String)
    /// A CSV problem at a given 1-based line.
    case csv(path: String, line: Int, reason: String)
    /// A data set was not found in any of the searched directories.
    case datasetNotFound(name: String, package: String, searched: [String])
    /// A function was called with arguments it cannot use.
    case invalidArgument(function: String, reason: String)

    /// A one-line, human-readable message.
    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "\(path): file not found"
        case .io(let path, let reason):
            return "\(path): \(reason)"
        case .corrupt(let path, let reason):
            return "\(path): corrupt file: \(reason)"
        case .truncated(let path, let reason):
            return "\(path): truncated file: \(reason)"
        case .unsupported(let path, let reason):
            return "\(path): unsupported: \(reason)"
        case .csv(let path, let line, let reason):
            return "\(path):\(line): \(reason)"
        case .datasetNotFound(let name, let package, let searched):
            let list = searched.isEmpty ? "(none)" : searched.joined(separator: ", ")
            return "\(name) not found; searched: \(list). Put the files in one of these directories "
                + "or install the Debian package '\(package)' (apt-get install \(package))"
        case .invalidArgument(let function, let reason):
            return "\(function): \(reason)"
        }
    }
}
