#!/usr/bin/python3
"""A sample implementation of sakit SPEC.md 1.0 speaking sakit stdio protocol 1 (spec/STDIO-PROTOCOL.md).

Usage: /usr/bin/python3 sakit_adapter.py [--bug=NAME]

Reads one JSON request per line on standard input and writes one JSON answer per line on standard output;
diagnostics go to standard error. --bug=NAME plants one documented defect (--bug=list names them).
"""

import json
import sys
import traceback

from sakit_sample.adapter import BUGS, Adapter, configure

NAME = "sakit python sample"
VERSION = "1.0"
PROTOCOL = 1


def hexed(data):
    return bytes(data).hex()


def address(text):
    parts = [int(part) for part in text.split(".")]
    if len(parts) != 4 or not all(0 <= part <= 255 for part in parts):
        raise ValueError("not a dotted-decimal IPv4 address")
    return int.from_bytes(bytes(parts), "big")


class Server:
    """Answers the requests of protocol 1 for one adapter, created by the handshake."""

    def __init__(self, bugs):
        self.bugs = bugs
        self.adapter = None

    def hello(self, request):
        if request["protocol"] != PROTOCOL:
            print(f"the kit speaks protocol {request['protocol']}; this sample speaks {PROTOCOL}", file=sys.stderr)
        caps = configure(request["options"])
        self.adapter = Adapter(caps, self.bugs)
        name = NAME + "".join(f" (bug {bug})" for bug in sorted(self.bugs))
        return {"protocol": PROTOCOL, "implementation": {"name": name, "version": VERSION}, "capabilities": caps.to_json()}

    def set(self, request):
        status, read, needed, buffer = self.adapter.set_information(request["oid"], bytes.fromhex(request["buffer"]))
        return {"status": status, "bytesRead": read, "bytesNeeded": needed, "buffer": hexed(buffer)}

    def transmit(self, request):
        status, packet = self.adapter.transmit(bytes.fromhex(request["packet"]), int(request["offloadHandle"]), int(request["nextOffloadHandle"]))
        return {"status": status, "packet": hexed(packet)}

    def receive(self, request):
        result = self.adapter.receive(bytes.fromhex(request["packet"]))
        info = {"saDeleteReq": result.sa_delete_req, "cryptoDone": result.crypto_done, "nextCryptoDone": result.next_crypto_done,
                "cryptoStatus": result.crypto_status}
        return {"packet": hexed(result.packet), "info": info}

    def classify(self, request):
        flow = request["flow"]
        handles = self.adapter.matching_handles(request["direction"], address(flow["source"]), address(flow["destination"]), flow["protocol"],
                                                flow["sourcePort"], flow["destinationPort"])
        return {"handles": [str(handle) for handle in handles]}

    def reset(self, request):
        self.adapter.reset()
        return {}

    def shutdown(self, request):
        if self.adapter is not None:
            self.adapter.reset()
        return {}

    def answer(self, request):
        kind = request.get("type")
        if kind not in ("hello", "set", "transmit", "receive", "classify", "reset", "shutdown"):
            raise ValueError(f"unknown request type {kind!r}")
        if kind != "hello" and self.adapter is None:
            raise ValueError("the first request must be hello")
        return getattr(self, kind)(request)


def parse_bugs(argv):
    bugs = set()
    for argument in argv:
        if argument == "--bug=list":
            for name, description in BUGS.items():
                print(f"{name}: {description}")
            sys.exit(0)
        if not argument.startswith("--bug=") or argument[len("--bug="):] not in BUGS:
            print(f"usage: sakit_adapter.py [--bug=NAME]; bugs: {', '.join(BUGS)}", file=sys.stderr)
            sys.exit(2)
        bugs.add(argument[len("--bug="):])
    return frozenset(bugs)


def main(argv):
    server = Server(parse_bugs(argv))
    out = sys.stdout
    for line in sys.stdin:
        request = json.loads(line)
        try:
            answer = {"id": request["id"], "type": request["type"], **server.answer(request)}
        except Exception as error:  # the kit reports the error answer; the traceback goes to stderr
            traceback.print_exc(file=sys.stderr)
            answer = {"id": request.get("id"), "type": "error", "message": f"{type(error).__name__}: {error}"}
        out.write(json.dumps(answer, separators=(",", ":")) + "\n")
        out.flush()
        if request.get("type") == "shutdown":
            break
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
