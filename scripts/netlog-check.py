"""Reads a Chromium net-log and fails if any request left file:// or ended in an error."""
import json
import sys

def main(path):
    try:
        with open(path) as f:
            text = f.read()
        # The log may be cut short when the browser exits; close it if needed.
        try:
            log = json.loads(text)
        except json.JSONDecodeError:
            log = json.loads(text.rstrip().rstrip(",") + "]}")
    except (OSError, json.JSONDecodeError) as error:
        print(f"cannot read net-log: {error}")
        return 1
    bad = []
    urls = set()
    for event in log.get("events", []):
        params = event.get("params", {})
        url = params.get("url")
        if isinstance(url, str):
            urls.add(url)
        error = params.get("net_error")
        if isinstance(error, int) and error < 0 and error != -3:  # -3: ERR_ABORTED (navigation replaced)
            bad.append(f"net_error {error} ({url or 'unknown url'})")
    external = sorted(u for u in urls if u.startswith(("http:", "https:", "ws:", "wss:")))
    for u in external:
        bad.append(f"external request: {u}")
    for line in bad:
        print(line)
    print(f"{len(urls)} distinct URLs requested, {len(bad)} problems")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
