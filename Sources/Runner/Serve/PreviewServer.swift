import FlyingFox
import Foundation

/// Sends messages to every open page (WebSocket clients); the last update goes to new ones too.
final class MessageHub: @unchecked Sendable {
    private let lock = NSLock()
    private var clients: [UUID: AsyncStream<WSMessage>.Continuation] = [:]

    func add() -> (UUID, AsyncStream<WSMessage>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
        lock.lock()
        clients[id] = continuation
        lock.unlock()
        return (id, stream)
    }

    func remove(_ id: UUID) {
        lock.lock()
        let continuation = clients.removeValue(forKey: id)
        lock.unlock()
        continuation?.finish()
    }

    func broadcast(_ text: String) {
        lock.lock()
        let all = Array(clients.values)
        lock.unlock()
        for c in all { c.yield(.text(text)) }
    }

    func closeAll() {
        lock.lock()
        let all = Array(clients.values)
        clients = [:]
        lock.unlock()
        for c in all { c.finish() }
    }

    static func json(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func status(_ text: String, failed: Bool = false) -> String {
        json(["type": "status", "text": text, "failed": failed])
    }
}

/// One page's WebSocket: what the hub sends; what the page sends is ignored.
struct LiveSocket: WSMessageHandler {
    let hub: MessageHub

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let (id, stream) = hub.add()
        Task {
            for await _ in client {}
            hub.remove(id)
        }
        return stream
    }
}

/// Serves the site folder on 127.0.0.1: pages with the live script added, everything else as
/// written, and the WebSocket the pages listen on.
enum PreviewServer {
    static func make(port: UInt16, root: String, home: String, hub: MessageHub) async throws -> HTTPServer {
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled)
        await server.appendRoute(HTTPRoute(methods: [.GET], path: LiveScript.path), to: .webSocket(LiveSocket(hub: hub)))
        await server.appendRoute("GET *") { request in
            Self.file(request.path, root: root, home: home)
        }
        return server
    }

    static func file(_ requestPath: String, root: String, home: String) -> HTTPResponse {
        let relative = requestPath.removingPercentEncoding ?? requestPath
        if relative == "/" || relative.isEmpty {
            // The page's own name in the address bar: the live script matches updates by it.
            return HTTPResponse(statusCode: .found, headers: [HTTPHeader("Location"): "/" + home], body: Data())
        }
        guard let (body, type) = served(relative, root: root) else {
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/plain"], body: Data("not found\n".utf8))
        }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, HTTPHeader("Cache-Control"): "no-store"], body: body)
    }

    /// The bytes served at `relative` (`/name.html`) and their content type: the file `build`
    /// wrote, pages with the live script added and nothing else changed; nil outside the site.
    static func served(_ relative: String, root: String) -> (Data, String)? {
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        let full = URL(fileURLWithPath: base + relative).standardizedFileURL.path
        guard full.hasPrefix(base + "/"), let data = FileManager.default.contents(atPath: full) else { return nil }
        var body = data
        if full.hasSuffix(".html") { body = Data(LiveScript.inject(into: String(decoding: data, as: UTF8.self)).utf8) }
        return (body, contentType(full))
    }

    static func contentType(_ path: String) -> String {
        switch (path as NSString).pathExtension {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css"
        case "js": return "text/javascript"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "json": return "application/json"
        case "md": return "text/markdown; charset=utf-8"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        case "ttf": return "font/ttf"
        default: return "application/octet-stream"
        }
    }
}
