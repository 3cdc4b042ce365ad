"""Latency of `nbrun serve` without a browser: a WebSocket client (stdlib only) on /_nbrun/live
times file write -> the server's "update" message for four edits of a cell below the flagship's
training and two edits of the training cell (epochs 5 -> 2 -> 5); prints serve's RSS at the end.
Usage: scripts/serve-latency.py NBRUN WORK_DIR   (run from the repository root)
The browser round trip (write -> new DOM) is scripts/serve-check.py's."""
import base64, os, socket, struct, subprocess, sys, time, json, shutil, signal
nbrun = sys.argv[1]
work = sys.argv[2]; shutil.rmtree(work, ignore_errors=True); os.makedirs(work)
nb = work + "/02b-fashion-mnist.md"; shutil.copy("notebooks/02b-fashion-mnist.md", nb)
s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
log = open(work + "/serve.log", "w")
srv = subprocess.Popen([nbrun, "serve", nb, "--port", str(port), "--out", work + "/site"], stderr=log, stdout=log)
t0 = time.time()
while "serving" not in open(work + "/serve.log").read():
    time.sleep(0.2)
    if time.time() - t0 > 600: sys.exit("no serve")
print("serving after", round(time.time() - t0, 1), "s")
c = socket.create_connection(("127.0.0.1", port))
key = base64.b64encode(os.urandom(16)).decode()
c.sendall(f"GET /_nbrun/live HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode())
buf = b""
while b"\r\n\r\n" not in buf: buf += c.recv(4096)
head, buf = buf.split(b"\r\n\r\n", 1)
print(head.split(b"\r\n")[0])
def frames():
    global buf
    while True:
        while len(buf) < 2: buf += c.recv(65536)
        b1, b2 = buf[0], buf[1]; n = b2 & 127; off = 2
        if n == 126:
            while len(buf) < 4: buf += c.recv(65536)
            n = struct.unpack(">H", buf[2:4])[0]; off = 4
        elif n == 127:
            while len(buf) < 10: buf += c.recv(65536)
            n = struct.unpack(">Q", buf[2:10])[0]; off = 10
        while len(buf) < off + n: buf += c.recv(65536)
        payload = buf[off:off + n]; buf = buf[off + n:]
        yield b1 & 15, payload
import re
def until_update():
    out = []
    for op, p in frames():
        if op != 1: continue
        m = json.loads(p)
        out.append((time.time(), m))
        if m["type"] == "update": return out
c.settimeout(300)
time.sleep(2)
for k in range(4):
    text = open(nb).read()
    m = re.search(r'print\(String\(format: "(\w+) %d', text)
    start = time.time()
    open(nb, "w").write(text.replace(f'print(String(format: "{m.group(1)} %d', f'print(String(format: "EPOCH{k} %d'))
    got = until_update()
    print("below-training edit", k, round((got[-1][0] - start) * 1000), "ms:", got[-1][1]["text"])
    time.sleep(1)
for k, (a, b) in enumerate([("epochs: 5, batchSize: 128", "epochs: 2, batchSize: 128"), ("epochs: 2, batchSize: 128", "epochs: 5, batchSize: 128")]):
    text = open(nb).read()
    start = time.time()
    open(nb, "w").write(text.replace(a, b))
    got = until_update()
    print("training edit", b.split(",")[0], round((got[-1][0] - start) * 1000), "ms:", got[-1][1]["text"],
          "; training lines:", sum(1 for _, m in got if m["type"] == "training"))
    time.sleep(1)
pid = srv.pid
print("VmRSS", [l for l in open(f"/proc/{pid}/status") if l.startswith("VmRSS")][0].strip())
srv.send_signal(signal.SIGINT); print("exit", srv.wait(timeout=20))
