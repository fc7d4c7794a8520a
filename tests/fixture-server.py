#!/usr/bin/python3
"""A small HTTP server for the news-cron tests (python3 standard library only).

fixture-server.py ROOT PORTFILE LOGFILE

Serves the files under ROOT on 127.0.0.1 (a free port, written to PORTFILE)
with ETag and Last-Modified, and answers conditional requests with 304.
Every request is logged to LOGFILE as
"METHOD PATH STATUS UA=... INM=... IMS=... T=unix-time".
Special paths, for the failure cases:
  /status/N     answers with status N
  /slow/S/PATH  waits S seconds, then serves PATH
  /garbage      200 with bytes that are not a feed
  /flaky/PATH   503 on the first request for PATH, then serves it
"""
import email.utils
import hashlib
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT, PORTFILE, LOGFILE = sys.argv[1:4]
lock = threading.Lock()
flaky_seen = set()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, fmt, *args):
        pass

    def log(self, status):
        h = self.headers
        line = "%s %s %d UA=%s INM=%s IMS=%s T=%.3f\n" % (
            self.command, self.path, status, h.get("User-Agent", ""),
            h.get("If-None-Match", ""), h.get("If-Modified-Since", ""), time.time())
        with lock, open(LOGFILE, "a") as f:
            f.write(line)

    def reply(self, status, body=b"", headers=()):
        self.log(status)
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        parts = path.split("/")
        if path.startswith("/status/"):
            return self.reply(int(parts[2]), b"no such page\n")
        if path.startswith("/slow/"):
            time.sleep(float(parts[2]))
            path = "/" + "/".join(parts[3:])
        if path == "/garbage":
            return self.reply(200, bytes(range(256)) * 8,
                              [("Content-Type", "application/octet-stream")])
        if path.startswith("/flaky/"):
            path = "/" + "/".join(parts[2:])
            with lock:
                first = path not in flaky_seen
                flaky_seen.add(path)
            if first:
                return self.reply(503, b"try again\n")
        self.serve_file(path)

    do_HEAD = do_GET

    def serve_file(self, path):
        name = os.path.normpath(os.path.join(ROOT, path.lstrip("/")))
        if not name.startswith(ROOT) or not os.path.isfile(name):
            return self.reply(404, b"not found\n")
        with open(name, "rb") as f:
            body = f.read()
        etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
        mtime = int(os.stat(name).st_mtime)
        lastmod = email.utils.formatdate(mtime, usegmt=True)
        if name.endswith(".xml"):
            ctype = "application/xml"
        elif ".latin1." in name:
            ctype = "text/html; charset=ISO-8859-1"
        else:
            ctype = "text/html; charset=utf-8"
        headers = [("ETag", etag), ("Last-Modified", lastmod), ("Content-Type", ctype)]
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if inm is not None:
            if inm == etag:
                return self.reply(304, b"", headers[:2])
        elif ims is not None:
            t = email.utils.parsedate_to_datetime(ims).timestamp()
            if mtime <= t:
                return self.reply(304, b"", headers[:2])
        self.reply(200, body, headers)


def main():
    global ROOT
    ROOT = os.path.realpath(ROOT)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    tmp = PORTFILE + ".tmp"
    with open(tmp, "w") as f:
        f.write("%d\n" % server.server_address[1])
    os.rename(tmp, PORTFILE)
    server.serve_forever()


if __name__ == "__main__":
    main()
