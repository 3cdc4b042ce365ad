protocol DownloadDelegate: AnyObject {
    func progress(_ pct: Int)
    func finished(_ name: String)
}

final class Downloader {
    weak var delegate: DownloadDelegate?
    func run(_ name: String) {
        for p in stride(from: 0, through: 100, by: 50) { delegate?.progress(p) }
        delegate?.finished(name)
    }
}

final class Screen: DownloadDelegate {
    var log: [String] = []
    func progress(_ pct: Int) { log.append("\(pct)%") }
    func finished(_ name: String) { log.append("done \(name)") }
}

let screen = Screen()
let d = Downloader()
d.delegate = screen
d.run("file.txt")
print(screen.log)

// expect: ["0%", "50%", "100%", "done file.txt"]
