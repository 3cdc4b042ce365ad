import Engine
import Foundation
import Interpreter

/// Data sets and files: `FashionMNIST.load()`, `CSV.load`, `readLines`, `toCategorical`,
/// `trainTestSplit`, scaling. Reads only inside the notebook's folder and the project's datasets/.
extension BindingState {
    func registerData() {
        let host = session.host
        let split = host.defineType("DataSplit")
        split.hasValueSemantics = true
        split.describe { object in "DataSplit(count: \((object.payload as? FashionMNIST.Split)?.count ?? 0))" }
        split.property("images") { [self] object in self.wrap(try self.payload(.host(object), as: FashionMNIST.Split.self, "a data split").images) }
        split.property("labels") { [self] object in self.wrap(try self.payload(.host(object), as: FashionMNIST.Split.self, "a data split").labels) }
        split.property("count") { [self] object in .int(try self.payload(.host(object), as: FashionMNIST.Split.self, "a data split").count) }

        let fashion = host.defineType("FashionMNIST")
        fashion.hasValueSemantics = true
        fashion.staticValue("classNames", Value(FashionMNIST.classNames))
        fashion.describe { _ in "FashionMNIST" }
        fashion.staticMethod("load", [HostParam("limit", default: Value.none)]) { [self] call in
            let limit = try self.optionalInt(call[0])
            if let limit, limit < 0 { throw HostError("FashionMNIST.load: limit must be zero or more, received \(limit)") }
            let searchPaths = self.context.readableDirectories.map { "\($0)/fashion-mnist" } + self.context.readableDirectories
            // The engine's IDX reader reserves the images and labels against the cell's budget.
            let data = try self.engine { try FashionMNIST.load(searchPaths: searchPaths, limit: limit) }
            let names = FashionMNIST.fileNames
            for name in [names.trainImages, names.trainLabels, names.testImages, names.testLabels] {
                self.context.fileRead("\(data.directory)/\(name)")
            }
            return .host(HostObject(type: fashion, payload: data))
        }
        fashion.property("train") { [self] object in .host(HostObject(type: split, payload: try self.payload(.host(object), as: FashionMNIST.self, "Fashion-MNIST").train)) }
        fashion.property("test") { [self] object in .host(HostObject(type: split, payload: try self.payload(.host(object), as: FashionMNIST.self, "Fashion-MNIST").test)) }

        let table = host.defineType("CSVTable")
        table.hasValueSemantics = true
        table.describe { object in
            guard let t = object.payload as? CSVTable else { return "CSVTable" }
            return "CSVTable(rows: \(t.rowCount), columns: \(t.columnNames))"
        }
        let csv = host.defineType("CSV")
        csv.staticMethod("load", [HostParam(), HostParam("columns", default: Value.none)]) { [self] call in
            let path = try self.files.resolve(try call.string(0))
            self.context.fileRead(path)
            let columns = try call.optional(1).map { try self.strings($0) }
            return .host(HostObject(type: table, payload: try self.engine { try CSV.load(from: path, columns: columns) }))
        }
        func csvTable(_ object: HostObject) throws -> CSVTable { try self.payload(.host(object), as: CSVTable.self, "a CSV table") }
        table.property("columns") { object in Value(try csvTable(object).columnNames) }
        table.property("values") { [self] object in self.wrap(try csvTable(object).values) }
        table.property("rowCount") { object in .int(try csvTable(object).rowCount) }
        table.subscriptGetter([HostParam()]) { [self] call in
            let t = try self.payload(call.receiver ?? .void, as: CSVTable.self, "a CSV table")
            return Value(try self.engine { try t.columnValues(try call.string(0)) })
        }

        host.function("readLines", [HostParam()]) { [self] call in
            let path = try self.files.resolve(try call.string(0))
            self.context.fileRead(path)
            guard let data = FileManager.default.contents(atPath: path) else { throw HostError("cannot read '\(try call.string(0))'") }
            try self.session.reserveMemory(data.count * 2)
            guard let text = String(data: data, encoding: .utf8) else { throw HostError("'\(try call.string(0))' is not UTF-8 text") }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
            if lines.last == "" { lines.removeLast() }
            return Value(lines)
        }
        host.function("toCategorical", [HostParam(), HostParam("classes", default: Value.none)]) { [self] call in
            let labels = try self.tensor(call[0])
            let classes = try self.optionalInt(call[1])
            return self.wrap(try self.engine { try toCategorical(labels, classes: classes) })
        }
        host.function("trainTestSplit", [HostParam(), HostParam(), HostParam("testFraction", default: .double(0.25)),
                                         HostParam("shuffle", default: .bool(true)), HostParam("seed", default: Value.none)]) { [self] call in
            let x = try self.tensor(call[0]), y = try self.tensor(call[1])
            let seed = try call.optional(4).map { UInt64(max(0, try $0.toInt())) } ?? self.seed
            let parts = try self.engine { try trainTestSplit(x, y, testFraction: try call.double(2), shuffle: try call.bool(3), seed: seed) }
            return .tuple([("xTrain", self.wrap(parts.xTrain)), ("xTest", self.wrap(parts.xTest)),
                           ("yTrain", self.wrap(parts.yTrain)), ("yTest", self.wrap(parts.yTest))])
        }
        host.function("pca", [HostParam(), HostParam("components", default: .int(2))]) { [self] call in
            let x = try self.tensor(call[0])
            return self.wrap(try self.engine { try principalComponents(x, components: try call.int(1)) })
        }
        host.function("standardize", [HostParam()]) { [self] call in
            let x = try self.tensor(call[0])
            return self.wrap(try self.engine { try standardize(x).scaled })
        }
        host.function("minMaxScale", [HostParam()]) { [self] call in
            let x = try self.tensor(call[0])
            return self.wrap(try self.engine { try minMaxScale(x).scaled })
        }
    }
}
