#!/usr/bin/env python3
"""Checks a lesson's two grade reports: the key scores full marks on every exercise and at least
one exercise, with visible and hidden tests; the assigned version scores below full marks on every exercise."""
import json
import sys


def exercises(path):
    with open(path) as f:
        document = json.load(f)
    submissions = document["submissions"]
    if len(submissions) != 1:
        raise SystemExit(f"{path}: expected one submission, found {len(submissions)}")
    return submissions[0]["exercises"]


def main(key_report, assigned_report):
    problems = []
    key = exercises(key_report)
    assigned = {e["id"]: e for e in exercises(assigned_report)}
    if not key:
        problems.append("the key has no exercises")
    tests = [t for e in key for t in e["tests"]]
    if not any(t["hidden"] for t in tests) or all(t["hidden"] for t in tests):
        problems.append("the lesson needs both visible and hidden tests")
    for exercise in key:
        ident = exercise["id"]
        if exercise["score"] != exercise["maxScore"] or exercise["status"] != "passed":
            problems.append(f"{ident}: the solution scores {exercise['score']}/{exercise['maxScore']} "
                            f"({exercise['status']}: {exercise.get('reason', '')})")
        stripped = assigned.get(ident)
        if stripped is None:
            problems.append(f"{ident}: missing from the assigned version's report")
        elif stripped["score"] >= stripped["maxScore"]:
            problems.append(f"{ident}: the assigned version still scores "
                            f"{stripped['score']}/{stripped['maxScore']}: its tests do not test")
    for problem in problems:
        print(f"    {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
