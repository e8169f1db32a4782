#!/usr/bin/env python3
"""Drives a page in headless Chromium for the explorer page's tests, with no library beyond
Python's own: the DevTools protocol over --remote-debugging-pipe (JSON messages ending in NUL
on file descriptors 3 and 4).

    python3 drive_page.py CHROMIUM URL SCREENSHOT.png WIDTH HEIGHT KEYS

Opens URL, saves a WIDTHxHEIGHT screenshot of the page's top left corner, reads the first
slider's shown value, presses the right arrow KEYS times, and reads it again. Prints one JSON
object: the values and address before and after, the page's title, and any dialog that opened
(an alert means a label ran as script).
"""
import base64
import json
import os
import subprocess
import sys
import tempfile
import time


class Browser:
    def __init__(self, chromium, width, height):
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()
        self.profile = tempfile.TemporaryDirectory(prefix="loss-plot-chromium-")
        argv = [chromium, "--headless=new", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--hide-scrollbars", "--mute-audio",
                "--force-device-scale-factor=1", "--font-render-hinting=none",
                f"--window-size={width},{height + 200}", f"--user-data-dir={self.profile.name}", "about:blank"]
        def child_fds():
            # Moved out of the way first, so that neither lands on the other's new number.
            read_end, write_end = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)
        # The pipes are close-on-exec; dup2 clears that for 3 and 4 only.
        self.process = subprocess.Popen(argv, preexec_fn=child_fds, close_fds=False,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def send(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def read(self, deadline=30):
        end = time.time() + deadline
        while b"\0" not in self.buffer:
            if time.time() > end:
                raise RuntimeError("no answer from chromium")
            chunk = os.read(self.from_child, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_for(self, method, deadline=30):
        for i, event in enumerate(self.events):
            if event.get("method") == method:
                return self.events.pop(i)
        end = time.time() + deadline
        while time.time() < end:
            event = self.read(deadline)
            if event.get("method") == method:
                return event
            self.events.append(event)
        raise RuntimeError(f"no {method}")

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return result.get("result", {}).get("value")

    def close(self):
        try:
            self.send("Browser.close", session=False)
        except RuntimeError:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.profile.cleanup()


def main():
    chromium, url, screenshot, width, height, keys = sys.argv[1:7]
    width, height, keys = int(width), int(height), int(keys)
    browser = Browser(chromium, width, height)
    try:
        targets = browser.send("Target.getTargets", session=False)["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        browser.session = browser.send("Target.attachToTarget", {"targetId": page["targetId"], "flatten": True},
                                       session=False)["sessionId"]
        browser.send("Page.enable")
        browser.send("Emulation.setDeviceMetricsOverride",
                     {"width": width, "height": height + 200, "deviceScaleFactor": 1, "mobile": False})
        browser.send("Page.navigate", {"url": url})
        browser.wait_for("Page.loadEventFired")
        result = {"title": browser.evaluate("document.title"),
                  "before": browser.evaluate("document.getElementById('o0').textContent"),
                  "addressBefore": browser.evaluate("location.hash")}
        shot = browser.send("Page.captureScreenshot",
                            {"format": "png", "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
        with open(screenshot, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        for _ in range(keys):
            for kind in ("keyDown", "keyUp"):
                browser.send("Input.dispatchKeyEvent", {"type": kind, "key": "ArrowRight", "code": "ArrowRight",
                                                        "windowsVirtualKeyCode": 39, "nativeVirtualKeyCode": 39})
        result["after"] = browser.evaluate("document.getElementById('o0').textContent")
        result["addressAfter"] = browser.evaluate("location.hash")
        result["dialogs"] = [e["params"].get("message") for e in browser.events
                             if e.get("method") == "Page.javascriptDialogOpening"]
        print(json.dumps(result))
    finally:
        browser.close()


if __name__ == "__main__":
    main()
