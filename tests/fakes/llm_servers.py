"""Small local servers that speak the real LLM protocols over HTTP, for testing the backends.

`FakeLLMServer(protocol="openai"|"ollama", reply=callable)` answers OpenAI chat completions
(`POST /v1/chat/completions`, JSON or server-sent events) or Ollama's chat API (`POST /api/chat`,
JSON or NDJSON). `reply(messages) -> str` writes the answer; `mode` can make it hang ("timeout")
or send garbage ("garbage", "error").
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeLLMServer:
    def __init__(self, protocol: str, reply: Callable[[list[dict]], str], mode: str = "ok") -> None:
        self.protocol, self.reply, self.mode = protocol, reply, mode
        self.requests: list[dict] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                server.requests.append({"path": self.path, "body": body})
                if server.mode == "timeout":
                    time.sleep(5)
                if server.mode == "error":
                    return self._send(500, b'{"error": "model crashed"}')
                if server.mode == "garbage":
                    return self._send(200, b"<html>this is not json", "text/html")
                text = server.reply(body.get("messages", []))
                if server.protocol == "openai" and self.path.endswith("/chat/completions"):
                    return self._openai(body, text)
                if server.protocol == "ollama" and self.path == "/api/chat":
                    return self._ollama(body, text)
                self._send(404, b'{"error": "not found"}')

            def _send(self, status, payload: bytes, content_type="application/json"):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def _openai(self, body, text):
                model = body.get("model", "fake")
                if not body.get("stream"):
                    return self._send(200, json.dumps({
                        "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": model,
                        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                    }).encode())
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                for piece in _pieces(text):
                    chunk = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 0, "model": model,
                             "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                end = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 0, "model": model,
                       "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
                self.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())

            def _ollama(self, body, text):
                model = body.get("model", "fake")
                stamp = "2026-01-01T00:00:00Z"
                if body.get("stream") is False:
                    return self._send(200, json.dumps({
                        "model": model, "created_at": stamp, "message": {"role": "assistant", "content": text},
                        "done": True, "done_reason": "stop",
                    }).encode())
                self.send_response(200)
                self.send_header("Content-Type", "application/x-ndjson")
                self.end_headers()
                for piece in _pieces(text):
                    line = {"model": model, "created_at": stamp, "message": {"role": "assistant", "content": piece}, "done": False}
                    self.wfile.write((json.dumps(line) + "\n").encode())
                final = {"model": model, "created_at": stamp, "message": {"role": "assistant", "content": ""},
                         "done": True, "done_reason": "stop", "total_duration": 1, "eval_count": 1, "prompt_eval_count": 1}
                self.wfile.write((json.dumps(final) + "\n").encode())

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "FakeLLMServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


def _pieces(text: str, size: int = 12) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]
