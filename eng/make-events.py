#!/usr/bin/env python3
"""Builds the Lambda subscription events in events/ from events/bedrock-invocation-logs.jsonl.

CloudWatch Logs delivers a subscription batch as {"awslogs":{"data": base64(gzip(json))}}. gzip runs with
mtime=0 so the output is byte-for-byte reproducible. Usage:
  python3 eng/make-events.py                      # (re)write the committed events
  python3 eng/make-events.py --large 6000000 OUT  # one event whose decompressed payload is ~6 MB (benchmarks)
"""
import base64, calendar, gzip, json, pathlib, sys, time

ROOT = pathlib.Path(__file__).resolve().parent.parent
EVENTS = ROOT / "events"
OWNER = "444455556666"
GROUP = "/aws/bedrock/modelinvocations"


def epoch_ms(iso):
    return calendar.timegm(time.strptime(iso, "%Y-%m-%dT%H:%M:%SZ")) * 1000


def envelope(payload):
    data = gzip.compress(json.dumps(payload).encode(), compresslevel=9, mtime=0)
    return {"awslogs": {"data": base64.b64encode(data).decode()}}


def data_message(messages):
    events = []
    for i, message in enumerate(messages):
        try:
            ts = epoch_ms(json.loads(message)["timestamp"])
        except (ValueError, KeyError):
            ts = events[-1]["timestamp"] if events else 0
        events.append({"id": f"39{i:054d}", "timestamp": ts, "message": message})
    return {"messageType": "DATA_MESSAGE", "owner": OWNER, "logGroup": GROUP, "logStream": "aws/bedrock/modelinvocations",
            "subscriptionFilters": ["llmwatch-metrics"], "logEvents": events}


def write(name, event):
    (EVENTS / name).write_text(json.dumps(event))  # no trailing newline: the sample is byte-identical


def large(target_bytes, out):
    lines = (EVENTS / "bedrock-invocation-logs.jsonl").read_text().splitlines()
    messages, size, n = [], 0, 0
    while size < target_bytes:
        record = json.loads(lines[n % len(lines)])
        record["requestId"] = f"00000000-0000-4000-8000-{n:012d}"
        message = json.dumps(record, separators=(",", ":"))
        messages.append(message)
        size += len(message) + 80
        n += 1
    payload = data_message(messages)
    pathlib.Path(out).write_text(json.dumps(envelope(payload)) + "\n")
    print(f"{out}: {n} records, {len(json.dumps(payload))} bytes decompressed")


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--large":
        return large(int(sys.argv[2]), sys.argv[3])
    lines = (EVENTS / "bedrock-invocation-logs.jsonl").read_text().splitlines()
    # The full sample batch (identical to ../shared/samples/subscription-event.json).
    write("metrics-subscription-event.json", envelope(data_message(lines)))
    # Failed invocations, the non-JSON line Bedrock writes when logging is set up, and one good record.
    errors = [l for l in lines if '"errorCode"' in l]
    setup_line = "Permissions are correctly set for Amazon Bedrock logs."
    write("metrics-error-records-event.json", envelope(data_message(errors + [setup_line, lines[0]])))
    # CloudWatch Logs' reachability check; carries no records.
    write("metrics-control-message-event.json", envelope({
        "messageType": "CONTROL_MESSAGE", "owner": "CloudwatchLogs", "logGroup": "", "logStream": "",
        "subscriptionFilters": [], "logEvents": [{"id": "", "timestamp": 1777886100000,
                                                  "message": "CWL CONTROL MESSAGE: Checking health of destination Lambda function."}]}))
    # Not base64 of gzip: what a misconfigured producer or a truncated payload looks like.
    write("metrics-malformed-envelope-event.json", {"awslogs": {"data": "H4sI-this-is-not-base64-gzip!"}})


if __name__ == "__main__":
    main()
