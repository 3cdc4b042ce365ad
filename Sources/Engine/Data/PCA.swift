import Foundation

/// Projects rows onto their top principal components (scikit-learn's `PCA(n).fit_transform`):
/// center the columns, diagonalize the covariance (cyclic Jacobi, in Double), order components by
/// variance, and flip each so its largest loading is positive (scikit-learn's sign rule).
public func principalComponents(_ x: Tensor, components k: Int) throws -> Tensor {
    guard x.rank == 2 else { throw EngineError("pca: expects a matrix (rows of features), received shape \(EngineError.shapeText(x.shape))") }
    let n = x.shape[0], d = x.shape[1]
    guard n >= 2 else { throw EngineError("pca: needs at least 2 rows, received \(n)") }
    guard k >= 1, k <= d else { throw EngineError("pca: components must be in 1...\(d) (the number of columns), received \(k)") }
    guard d <= 512 else { throw EngineError("pca: at most 512 columns, received \(d)") }
    let values = x.scalars.map(Double.init)
    var mean = [Double](repeating: 0, count: d)
    for r in 0..<n { for c in 0..<d { mean[c] += values[r * d + c] } }
    mean = mean.map { $0 / Double(n) }
    var cov = [Double](repeating: 0, count: d * d)
    for r in 0..<n {
        for i in 0..<d {
            let a = values[r * d + i] - mean[i]
            for j in i..<d { cov[i * d + j] += a * (values[r * d + j] - mean[j]) }
        }
    }
    for i in 0..<d { for j in i..<d { cov[i * d + j] /= Double(n - 1); cov[j * d + i] = cov[i * d + j] } }
    let (eigenvalues, vectors) = symmetricEigen(cov, d)
    let order = (0..<d).sorted { eigenvalues[$0] > eigenvalues[$1] }.prefix(k)
    var out = [Float](repeating: 0, count: n * k)
    for (slot, e) in order.enumerated() {
        var v = (0..<d).map { vectors[$0 * d + e] }
        if let big = v.indices.max(by: { Swift.abs(v[$0]) < Swift.abs(v[$1]) }), v[big] < 0 { v = v.map { -$0 } }
        for r in 0..<n {
            var s = 0.0
            for c in 0..<d { s += (values[r * d + c] - mean[c]) * v[c] }
            out[r * k + slot] = Float(s)
        }
    }
    return Tensor(shape: [n, k], scalars: out)
}

/// Eigenvalues and eigenvectors (columns of the returned row-major matrix) of a symmetric matrix.
func symmetricEigen(_ matrix: [Double], _ d: Int) -> (values: [Double], vectors: [Double]) {
    var a = matrix
    var v = [Double](repeating: 0, count: d * d)
    for i in 0..<d { v[i * d + i] = 1 }
    for _ in 0..<100 {
        var off = 0.0
        for i in 0..<d { for j in (i + 1)..<Swift.max(d, i + 1) { off += a[i * d + j] * a[i * d + j] } }
        if off < 1e-22 { break }
        for p in 0..<d {
            for q in (p + 1)..<Swift.max(d, p + 1) where Swift.abs(a[p * d + q]) > 1e-300 {
                let theta = (a[q * d + q] - a[p * d + p]) / (2 * a[p * d + q])
                let t = (theta >= 0 ? 1.0 : -1.0) / (Swift.abs(theta) + (theta * theta + 1).squareRoot())
                let c = 1 / (t * t + 1).squareRoot(), s = t * c
                for k in 0..<d {
                    let akp = a[k * d + p], akq = a[k * d + q]
                    a[k * d + p] = c * akp - s * akq
                    a[k * d + q] = s * akp + c * akq
                }
                for k in 0..<d {
                    let apk = a[p * d + k], aqk = a[q * d + k]
                    a[p * d + k] = c * apk - s * aqk
                    a[q * d + k] = s * apk + c * aqk
                }
                for k in 0..<d {
                    let vkp = v[k * d + p], vkq = v[k * d + q]
                    v[k * d + p] = c * vkp - s * vkq
                    v[k * d + q] = s * vkp + c * vkq
                }
            }
        }
    }
    return ((0..<d).map { a[$0 * d + $0] }, v)
}
