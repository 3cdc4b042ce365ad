import Foundation
import Grader
import NotebookModel
import TestHelpers
import XCTest

/// `nbrun assign`: the golden student version, byte-exactness and marker errors.
final class AssignmentTests: XCTestCase {
    func testStudentVersionOfTheKeyMatchesGoldenFile() throws {
        let key = try GraderFixtures.text(URL(fileURLWithPath: GraderFixtures.keyPath))
        let student = try Assignment.studentVersion(of: key, path: "key.md")
        if let problem = Snapshot.check(student, named: "student.md", in: GraderFixtures.directory) { XCTFail(problem) }
        XCTAssertFalse(student.contains("hidden"))
        XCTAssertFalse(student.contains("nearlyEqual"))
        XCTAssertFalse(student.contains("reduce(0, +)"), "a solution leaked")
        XCTAssertFalse(student.contains("SOLUTION"))
        XCTAssertTrue(student.contains("fatalError(\"exercise relu: write your solution here\")"))
    }

    func testStrippedNotebookScoresZeroAndTheKeyScoresFull() throws {
        let grader = try GraderFixtures.grader()
        let keyText = try GraderFixtures.text(URL(fileURLWithPath: GraderFixtures.keyPath))
        let student = try Assignment.studentVersion(of: keyText, path: "key.md")
        let stripped = grader.grade(text: student, path: "student.md")
        XCTAssertEqual(stripped.score, 0)
        XCTAssertEqual(stripped.exercises.map(\.status), [.failed, .failed, .failed, .error])
        let firstMessage = stripped.exercises[0].tests[0].message
        XCTAssertTrue(firstMessage.contains("exercise relu: write your solution here"), firstMessage)
        let solved = grader.grade(text: keyText, path: "key.md")
        XCTAssertEqual(solved.score, 7)
        XCTAssertEqual(solved.cellErrors, [])
    }

    func testEverythingButSolutionsAndHiddenTestsIsByteIdentical() throws {
        let text = "# T\r\n\r\n```swift exercise=a\r\nlet x = 1\r\n  // BEGIN SOLUTION\r\n  let y = 2\r\n  // END SOLUTION\r\n```\r\n\r\n"
            + "```swift test=a hidden\r\ncheck(y == 2)\r\n```\r\n\r\n```swift test=a\r\ncheck(x == 1)\r\n```\r\ntail"
        let student = try Assignment.studentVersion(of: text, path: "t.md")
        XCTAssertEqual(student, "# T\r\n\r\n```swift exercise=a\r\nlet x = 1\r\n  fatalError(\"exercise a: write your solution here\")\r\n```\r\n\r\n"
            + "```swift test=a\r\ncheck(x == 1)\r\n```\r\ntail")
    }

    func testAdjacentHiddenTestsAtTheEndTakeOneBlankLineEach() throws {
        let text = "```swift exercise=a\nlet a = 1\n```\n\nProse.\n\n```swift test=a\ncheck(a == 1)\n```\n\n~~~~swift test=a hidden\n```\ncheck(true)\n~~~~\n\n```swift test=a hidden\ncheck(a > 0)\n```\n"
        let student = try Assignment.studentVersion(of: text, path: "t.md")
        XCTAssertEqual(student, "```swift exercise=a\nlet a = 1\n```\n\nProse.\n\n```swift test=a\ncheck(a == 1)\n```\n")
    }

    func testMarkerErrorsNameTheLine() {
        let cases: [(String, Int, String)] = [
            ("```swift exercise=a\n// BEGIN SOLUTION\n// BEGIN SOLUTION\n// END SOLUTION\n```\n```swift test=a\n```\n", 3, "nested"),
            ("```swift exercise=a\nlet x = 1\n// BEGIN SOLUTION\nlet y = 2\n```\n```swift test=a\n```\n", 3, "not closed"),
            ("```swift exercise=a\n// END SOLUTION\n```\n```swift test=a\n```\n", 2, "without a '// BEGIN SOLUTION'"),
            ("```swift exercise=a\n/* BEGIN SOLUTION */\nlet y = 2\n/* END SOLUTION */\n```\n```swift test=a\n```\n", 2, "unrecognised"),
            ("```swift exercise=a\n```\n```swift exercise=a\n```\n```swift test=a\n```\n", 3, "already defined"),
            ("```swift exercise=a\n```\n```swift test=b\n```\n", 3, "no cell has exercise=b"),
            ("Text\n\n```swift exercise=a points=2\nlet x = 1\n```\n", 3, "has no test cells"),
        ]
        for (text, line, message) in cases {
            XCTAssertThrowsError(try Assignment.studentVersion(of: text, path: "nb.md"), message) { error in
                guard let error = error as? NotebookError else { return XCTFail("\(error)") }
                XCTAssertEqual(error.path, "nb.md")
                XCTAssertEqual(error.line, line, error.description)
                XCTAssertTrue(error.message.contains(message), error.description)
            }
        }
    }

    func testMarkersOutsideSwiftCellsAndInOrdinaryCellsAreHandled() throws {
        let text = "```text\n// BEGIN SOLUTION\n```\n\n```swift\n\t// BEGIN SOLUTION: setup\n\tlet s = \"x\"\n\t// END SOLUTION\n```\n"
        let student = try Assignment.studentVersion(of: text, path: "t.md")
        XCTAssertEqual(student, "```text\n// BEGIN SOLUTION\n```\n\n```swift\n\tfatalError(\"write your solution here\")\n```\n")
    }

    func testExerciseIDsAreEscapedInThePlaceholder() throws {
        let text = "```swift exercise='a\\\"b'\n// BEGIN SOLUTION\n// END SOLUTION\n```\n```swift test='a\\\"b'\n```\n"
        let student = try Assignment.studentVersion(of: text, path: "t.md")
        // CommonMark unescapes `\"` in the info string, so the ID is `a"b`.
        XCTAssertTrue(student.contains("fatalError(\"exercise a\\\"b: write your solution here\")"), student)
    }

    func testNamesTestsTakeFromTheHostSkipMembersStringsCommentsAndKeyDeclarations() throws {
        let key = try GradingKey(text: """
        ```swift exercise=a
        struct Point { var x = 0 }
        let p = Point()
        ```
        ```swift test=a
        // Tensor in a comment
        let layer = Dense(3, activation: .Relu)
        check(p is Point, "Model \\(p) in a string")
        check(layer is Dense && Sequential.self != nil)
        ```
        """, path: "k.md")
        XCTAssertEqual(key.hostTypeNamesUsedByTests, ["Dense", "Sequential"])
    }

    func testKeyListsTestsWithStableNames() throws {
        let key = try GraderFixtures.key()
        XCTAssertEqual(key.exercises.map(\.id), ["relu", "mean", "distance", "model"])
        XCTAssertEqual(key.exercises.map(\.points), [2, 3, 1, 1])
        XCTAssertEqual(key.exercises[1].tests.map(\.id), ["mean-test-1", "mean-test-2", "mean-empty"])
        XCTAssertEqual(key.exercises[1].tests.map(\.hidden), [false, true, true])
        XCTAssertEqual(key.testHelperNames, ["nearlyEqual"])
        XCTAssertEqual(key.hostTypeNamesUsedByTests, ["Bool", "Double", "Sequential"])
        XCTAssertEqual(key.maxScore, 7)
    }
}
