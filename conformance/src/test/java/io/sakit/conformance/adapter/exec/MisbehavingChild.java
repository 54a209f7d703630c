package io.sakit.conformance.adapter.exec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A tiny Python implementation that advertises nothing, answers every request plainly, and misbehaves once, at
 * one request of its first process, in the way its mode names; later processes (the restarts) behave.
 */
final class MisbehavingChild {

    private static final String SCRIPT = """
            import json, os, signal, sys, time
            mode, marker, at = sys.argv[1], sys.argv[2], int(sys.argv[3])
            first = not os.path.exists(marker)
            open(marker, "a").close()
            if mode == "restart-fails" and not first:
                sys.stderr.write("device gone\\n")
                sys.exit(5)
            side = {"md5": False, "sha1": False, "transport": False, "tunnel": False, "send": False, "receive": False}
            caps = {"offload": {"encapsulation": 2, "ahEspCombined": False, "transportTunnelCombined": False, "ipv4Options": False,
                                "udpEspFlags": 0, "ah": side,
                                "esp": {"des": False, "reserved": False, "tripleDes": False, "nullEsp": False, "transport": False,
                                        "tunnel": False, "send": False, "receive": False}},
                    "saCapacity": 0, "parserEntryCapacity": 0,
                    "profile": {"keyOrder": "CONF_FIRST", "bytesNeeded": "TOTAL", "abi": "X64"}, "classifier": False}

            def answer(request):
                kind = request["type"]
                if kind == "hello":
                    return {"protocol": 1, "implementation": {"name": "misbehaving " + mode, "version": "0"}, "capabilities": caps}
                if kind == "set":
                    return {"status": 0xC0010015, "bytesRead": 0, "bytesNeeded": 0, "buffer": request["buffer"]}
                if kind == "transmit":
                    return {"status": 0xC001000F, "packet": request["packet"]}
                if kind == "receive":
                    return {"packet": request["packet"],
                            "info": {"saDeleteReq": False, "cryptoDone": False, "nextCryptoDone": False, "cryptoStatus": 0}}
                return {}

            def write(line):
                sys.stdout.write(line + "\\n")
                sys.stdout.flush()

            count = 0
            for line in sys.stdin:
                request = json.loads(line)
                count += 1
                if mode == "handshake-exit":
                    sys.stderr.write("cannot open /dev/ipsec0: no such device\\n")
                    sys.exit(1)
                if mode == "flood":
                    sys.stderr.write(("flooding stderr with line %d " % count) * 500 + "\\n")
                message = {"id": request["id"], "type": request["type"], **answer(request)}
                if first and count == at:
                    sys.stderr.write("misbehaving on purpose: %s\\n" % mode)
                    sys.stderr.flush()
                    if mode in ("crash", "restart-fails"):
                        os.kill(os.getpid(), signal.SIGSEGV)
                    if mode in ("hang", "hang-past-watchdog"):
                        time.sleep(3600)
                    if mode == "garbage":
                        write("Traceback (most recent call last): not an answer")
                        continue
                    if mode == "wrong-id":
                        message["id"] = request["id"] + 1
                    if mode == "unknown-type":
                        message["type"] = "pong"
                    if mode == "extra-answer":
                        write(json.dumps(message))
                    if mode == "flood":
                        sys.exit(3)
                write(json.dumps(message))
                if first and count == at and mode == "exit-after-answer":
                    sys.exit(0)
                if request["type"] == "shutdown":
                    break
            """;

    private MisbehavingChild() {
    }

    /** Writes the script into {@code directory} and returns the exec: adapter id of a child in {@code mode} that misbehaves at request {@code at}. */
    static String adapterId(Path directory, String mode, int at) {
        try {
            Path script = Files.writeString(directory.resolve("misbehaving_child.py"), SCRIPT);
            Path marker = directory.resolve("misbehaved-once");
            return ExecFamily.PREFIX + CommandWords.join(List.of(PythonSampleTest.PYTHON, script.toString(), mode, marker.toString(),
                    Integer.toString(at)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
