func encode(_ s: String) -> String {
    var out = ""
    var i = s.startIndex
    while i < s.endIndex {
        let c = s[i]
        var j = s.index(after: i)
        while j < s.endIndex && s[j] == c { j = s.index(after: j) }
        let n = s.distance(from: i, to: j)
        out += (n > 1 ? String(n) : "") + String(c)
        i = j
    }
    return out
}
print(encode("WWWWBBBWWC"), encode(""), encode("abc"))

// expect: 4W3B2WC  abc
