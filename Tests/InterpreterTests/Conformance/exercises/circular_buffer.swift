// Circular buffer: a fixed-capacity generic ring that throws when empty or full.
enum CircularBufferError: Error {
    case bufferEmpty, bufferFull
}

struct CircularBuffer<Element> {
    private var storage: [Element?]
    private var readIndex = 0
    private var writeIndex = 0
    private(set) var count = 0

    init(capacity: Int) { storage = Array(repeating: nil, count: capacity) }

    var capacity: Int { storage.count }
    var isFull: Bool { count == capacity }

    mutating func write(_ value: Element) throws {
        guard !isFull else { throw CircularBufferError.bufferFull }
        storage[writeIndex] = value
        writeIndex = (writeIndex + 1) % capacity
        count += 1
    }

    mutating func overwrite(_ value: Element) {
        if isFull { _ = try? read() }
        try! write(value)
    }

    mutating func read() throws -> Element {
        guard count > 0, let value = storage[readIndex] else { throw CircularBufferError.bufferEmpty }
        storage[readIndex] = nil
        readIndex = (readIndex + 1) % capacity
        count -= 1
        return value
    }

    mutating func clear() {
        storage = Array(repeating: nil, count: capacity)
        readIndex = 0; writeIndex = 0; count = 0
    }
}

func show<T>(_ body: () throws -> T) -> String {
    do { return "\(try body())" } catch { return "error \(error)" }
}
// cell
var buffer = CircularBuffer<Int>(capacity: 2)
print(show { try buffer.read() })
print(show { try buffer.write(1) }, show { try buffer.write(2) }, show { try buffer.write(3) })
print(show { try buffer.read() }, buffer.count)
print(show { try buffer.write(3) })
print(show { try buffer.read() }, show { try buffer.read() }, show { try buffer.read() })
buffer.overwrite(4)
buffer.overwrite(5)
buffer.overwrite(6)
print(buffer.count, buffer.isFull, show { try buffer.read() }, show { try buffer.read() })
buffer.overwrite(7)
buffer.clear()
print(show { try buffer.read() }, buffer.count)
var names = CircularBuffer<String>(capacity: 3)
for n in ["a", "b", "c", "d", "e"] { names.overwrite(n) }
print(show { try names.read() }, show { try names.read() }, show { try names.read() }, names.capacity)

// expect: error bufferEmpty
// expect: () () error bufferFull
// expect: 1 1
// expect: ()
// expect: 2 3 error bufferEmpty
// expect: 2 true 5 6
// expect: error bufferEmpty 0
// expect: c d e 3
