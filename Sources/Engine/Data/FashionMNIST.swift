/// The Fashion-MNIST data set (Zalando): 28×28 grayscale clothing images in 10 classes.
public struct FashionMNIST {
    /// One split of the data set: images and their labels.
    public struct Split {
        /// Pixel values 0–255, shape [N, 28, 28].
        public var images: Tensor
        /// Class indices 0–9 as Float, shape [N].
        public var labels: Tensor
        /// Number of examples.
        public var count: Int { labels.shape.first ?? 0 }
    }

    /// The 60,000 training examples (or the first `limit`).
    public var train: Split
    /// The 10,000 test examples (or the first `limit`).
    public var test: Split
    /// The directory the files were loaded from.
    public var directory: String

    /// Class names, indexed by label.
    public static let classNames = [
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
    ]
    /// Where the Debian package installs the files.
    public static let systemDirectory = "/usr/share/datasets/fashion-mnist"
    /// The Debian package that provides the files.
    public static let debianPackage = "dataset-fashion-mnist"
    /// The four file names, without the optional `.gz` suffix.
    public static let fileNames = (
        trainImages: "train-images-idx3-ubyte", trainLabels: "train-labels-idx1-ubyte",
        testImages: "t10k-images-idx3-ubyte", testLabels: "t10k-labels-idx1-ubyte"
    )

    /// Loads from the first of `searchPaths` (then `systemDirectory`) holding all four files; `limit` keeps the first N of each split.
    public static func load(
        searchPaths: [String] = [], limit: Int? = nil, includeSystemDirectory: Bool = true
    ) throws -> FashionMNIST {
        let system = includeSystemDirectory && !searchPaths.contains(systemDirectory) ? [systemDirectory] : []
        let candidates = searchPaths + system
        for directory in candidates {
            guard let files = locateFiles(in: directory) else { continue }
            let train = try loadSplit(images: files[0], labels: files[1], limit: limit)
            let test = try loadSplit(images: files[2], labels: files[3], limit: limit)
            return FashionMNIST(train: train, test: test, directory: directory)
        }
        throw DataError.datasetNotFound(name: "Fashion-MNIST", package: debianPackage, searched: candidates)
    }

    /// Paths of the four files in a directory (each either gzip'd or plain), or nil if any is missing.
    static func locateFiles(in directory: String) -> [String]? {
        let names = [fileNames.trainImages, fileNames.trainLabels, fileNames.testImages, fileNames.testLabels]
        var paths: [String] = []
        for name in names {
            let base = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            if DataFile.isFile(base + ".gz") {
                paths.append(base + ".gz")
            } else if DataFile.isFile(base) {
                paths.append(base)
            } else {
                return nil
            }
        }
        return paths
    }

    private static func loadSplit(images: String, labels: String, limit: Int?) throws -> Split {
        let x = try IDX.readImages(from: images, limit: limit)
        let y = try IDX.readLabels(from: labels, limit: limit)
        guard x.shape.count == 3, x.shape[1] == 28, x.shape[2] == 28 else {
            throw DataError.corrupt(path: images, reason: "images have shape \(x.shape), expected [N, 28, 28]")
        }
        guard x.shape[0] == y.shape[0] else {
            throw DataError.corrupt(path: labels, reason: "\(y.shape[0]) labels for \(x.shape[0]) images in \(images)")
        }
        if let bad = y.scalars.first(where: { $0 > 9 }) {
            throw DataError.corrupt(path: labels, reason: "label \(Int(bad)) is outside 0–9")
        }
        return Split(images: x, labels: y)
    }
}
