enum HTTPError: Error { case status(Int) }
func fetch(_ code: Int) throws { throw HTTPError.status(code) }
for c in [404, 500] {
    do {
        try fetch(c)
    } catch HTTPError.status(let s) where s >= 500 {
        print("server error", s)
    } catch {
        print("client error", error)
    }
}

// expect: client error status(404)
// expect: server error 500
