"""Reads a Chromium net-log and fails if the page itself requested anything over the network.

file:// loads never appear in the net-log; the browser's own services (updates, time sync) do,
with the initiator "not an origin". A request the page started has a real initiator (for a
file:// page, "null"), and any such request means the page is not self-contained.
"""
import json
import sys


def main(path):
    try:
        with open(path) as f:
            text = f.read()
        try:
            log = json.loads(text)
        except json.JSONDecodeError:  # the browser may exit before closing the log
            log = json.loads(text.rstrip().rstrip(",") + "]}")
    except (OSError, json.JSONDecodeError) as error:
        print(f"cannot read net-log: {error}")
        return 1
    names = {value: key for key, value in log.get("constants", {}).get("logEventTypes", {}).items()}
    page_requests = set()
    browser_requests = set()
    for event in log.get("events", []):
        params = event.get("params", {})
        if names.get(event.get("type")) != "URL_REQUEST_START_JOB" or "url" not in params:
            continue
        initiator = params.get("initiator")
        (browser_requests if initiator in (None, "not an origin") else page_requests).add(params["url"])
    for url in sorted(page_requests):
        print(f"page request left the machine: {url}")
    print(f"{len(page_requests)} network requests by the page ({len(browser_requests)} by the browser itself, ignored)")
    return 1 if page_requests else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
