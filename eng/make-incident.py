#!/usr/bin/env python3
"""Builds a reproducible throttling incident for `llmwatch page`:

  events/incident-invocation-logs.jsonl   Bedrock invocation logs, 2026-05-04 08:00-09:42 UTC: steady traffic from
                                          four callers, then from 09:30 chat-frontend floods Claude Sonnet 4 with long
                                          prompts; the model throttles, some calls time out, latency climbs.
  events/alarm-sns-event-incident.json    the SNS event the alarm function receives when the template's
                                          error-rate-critical alarm for that model fires at 09:42:17.

The alarm's NewStateReason quotes the error rate the logs give for the last 5-minute datapoint (09:38-09:43).
Seeded: running it again rewrites identical files. Usage: python3 eng/make-incident.py
"""
import datetime as dt, json, pathlib, random, uuid

ROOT = pathlib.Path(__file__).resolve().parent.parent
EVENTS = ROOT / "events"
ACCOUNT = "444455556666"
REGION = "us-east-1"
SONNET = "us.anthropic.claude-sonnet-4-20250514-v1:0"
NOVA = "amazon.nova-lite-v1:0"
HAIKU = "anthropic.claude-3-haiku-20240307-v1:0"
START = dt.datetime(2026, 5, 4, 8, 0, tzinfo=dt.timezone.utc)
INCIDENT = dt.datetime(2026, 5, 4, 9, 30, tzinfo=dt.timezone.utc)
STATE_CHANGE = dt.datetime(2026, 5, 4, 9, 42, 17, 512000, tzinfo=dt.timezone.utc)
END = dt.datetime(2026, 5, 4, 9, 42, 10, tzinfo=dt.timezone.utc)
THRESHOLD = 5.0
STACK = "llmwatch"

rng = random.Random(20260504)


def request_id():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def record(at, role, session, model, operation, tokens_in, tokens_out, latency, error=None):
    rec = {
        "schemaType": "ModelInvocationLog", "schemaVersion": "1.0",
        "timestamp": at.strftime("%Y-%m-%dT%H:%M:%SZ"), "accountId": ACCOUNT,
        "identity": {"arn": f"arn:aws:sts::{ACCOUNT}:assumed-role/{role}/{session}"},
        "region": REGION, "requestId": request_id(), "operation": operation, "modelId": model,
    }
    if error:
        rec["errorCode"] = error
    rec["input"] = {
        "inputContentType": "application/json",
        "inputBodyJson": {"messages": [{"role": "user", "content": [{"text": "(prompt text)"}]}],
                          "inferenceConfig": {"maxTokens": 2048}},
        "inputTokenCount": 0 if error else tokens_in, "cacheReadInputTokenCount": 0, "cacheWriteInputTokenCount": 0,
    }
    if not error:
        rec["output"] = {
            "outputContentType": "application/json",
            "outputBodyJson": {
                "output": {"message": {"role": "assistant", "content": [{"text": "(response text)"}]}},
                "stopReason": "end_turn", "metrics": {"latencyMs": latency},
                "usage": {"inputTokens": tokens_in, "outputTokens": tokens_out, "totalTokens": tokens_in + tokens_out},
            },
            "outputTokenCount": tokens_out,
        }
    return rec


def traffic():
    records = []
    minute = START
    while minute < END:
        incident = minute >= INCIDENT
        # Steady callers: checkout-api and chat-frontend on Sonnet, search-svc on Nova Lite, batch-tagger on Haiku.
        plan = [("checkout-api", "i-0abc", SONNET, "Converse", 1, (400, 700), (100, 220), (1100, 1900)),
                ("chat-frontend", "web-3", SONNET, "ConverseStream", 1, (500, 900), (150, 300), (1400, 2400)),
                ("search-svc", "task-7", NOVA, "Converse", 2, (80, 160), (20, 60), (250, 520))]
        if minute.minute % 2 == 0:
            plan.append(("batch-tagger", "job-42", HAIKU, "InvokeModel", 1, (900, 1400), (40, 90), (600, 1100)))
        if incident:
            # The flood: long prompts, long answers, several a minute.
            plan.append(("chat-frontend", "web-3", SONNET, "ConverseStream", rng.randint(4, 6), (6000, 9000), (600, 1200), (4200, 9800)))
        for role, session, model, operation, count, tin, tout, lat in plan:
            for _ in range(count):
                at = minute + dt.timedelta(seconds=rng.randint(0, 59))
                if at >= END:
                    continue
                error = None
                latency = rng.randint(*lat)
                if model == SONNET and incident:
                    roll = rng.random()
                    error = ("ThrottlingException" if roll < 0.30 else "ModelTimeoutException" if roll < 0.36
                             else "ServiceUnavailableException" if roll < 0.39 else None)
                    latency = max(latency, rng.randint(3000, 7000))
                elif model == SONNET and minute == START + dt.timedelta(minutes=47) and role == "checkout-api":
                    error = "ThrottlingException"  # one stray throttle long before the incident
                records.append(record(at, role, session, model, operation, rng.randint(*tin), rng.randint(*tout), latency, error))
        minute += dt.timedelta(minutes=1)
    records.sort(key=lambda r: (r["timestamp"], r["requestId"]))
    return records


def error_rate(records, start, end):
    sonnet = [r for r in records if r["modelId"] == SONNET and start <= parse(r["timestamp"]) < end]
    errors = sum(1 for r in sonnet if "errorCode" in r)
    return 100.0 * errors / len(sonnet)


def parse(ts):
    return dt.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def alarm_event(records):
    datapoint_start = dt.datetime(2026, 5, 4, 9, 38, tzinfo=dt.timezone.utc)
    rate = error_rate(records, datapoint_start, datapoint_start + dt.timedelta(minutes=5))
    name = f"{STACK}-error-rate-critical-{SONNET}"
    dims = [{"value": SONNET, "name": "ModelId"}]
    topic = f"arn:aws:sns:{REGION}:{ACCOUNT}:{STACK}-AlarmTopic-7QX2LZ0K9M1B"
    message = {
        "AlarmName": name,
        "AlarmDescription": "[CRITICAL] Errors / invocations x 100 for the model over 5 minutes above ErrorRateCriticalPercent. "
                            "Runbook: https://wiki.example.com/oncall/llmwatch/error-rate",
        "AWSAccountId": ACCOUNT,
        "AlarmConfigurationUpdatedTimestamp": "2026-05-01T12:00:03.118+0000",
        "NewStateValue": "ALARM",
        "NewStateReason": f"Threshold Crossed: 1 out of the last 1 datapoints [{rate!r} (04/05/26 09:38:00)] was greater than "
                          f"the threshold ({THRESHOLD}) (minimum 1 datapoint for OK -> ALARM transition).",
        "StateChangeTime": STATE_CHANGE.strftime("%Y-%m-%dT%H:%M:%S.") + f"{STATE_CHANGE.microsecond // 1000:03d}+0000",
        "Region": "US East (N. Virginia)",
        "AlarmArn": f"arn:aws:cloudwatch:{REGION}:{ACCOUNT}:alarm:{name}",
        "OldStateValue": "OK",
        "OKActions": [topic], "AlarmActions": [topic], "InsufficientDataActions": [],
        "Trigger": {
            "Period": 300, "EvaluationPeriods": 1, "DatapointsToAlarm": 1, "ComparisonOperator": "GreaterThanThreshold",
            "Threshold": THRESHOLD, "TreatMissingData": "notBreaching", "EvaluateLowSampleCountPercentile": "",
            "Metrics": [
                {"Id": "errors", "MetricStat": {"Metric": {"Dimensions": dims, "MetricName": "Errors", "Namespace": "LlmWatch"},
                                                "Period": 300, "Stat": "Sum"}, "ReturnData": False},
                {"Id": "invocations", "MetricStat": {"Metric": {"Dimensions": dims, "MetricName": "Invocations", "Namespace": "LlmWatch"},
                                                     "Period": 300, "Stat": "Sum"}, "ReturnData": False},
                {"Expression": "100 * errors / invocations", "Id": "errorRate", "Label": "Error rate %", "ReturnData": True},
            ],
        },
    }
    return {"Records": [{
        "EventSource": "aws:sns", "EventVersion": "1.0",
        "EventSubscriptionArn": f"{topic}:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        "Sns": {
            "Type": "Notification", "MessageId": "3e9c1f7a-2b4d-5e6f-8a9b-0c1d2e3f4a5b", "TopicArn": topic,
            "Subject": f"ALARM: \"{name}\" in US East (N. Virginia)"[:99],
            "Message": json.dumps(message, separators=(",", ":")),
            "Timestamp": "2026-05-04T09:42:17.640Z", "SignatureVersion": "1", "Signature": "SAMPLE-SIGNATURE-BASE64==",
            "SigningCertUrl": "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem",
            "UnsubscribeUrl": f"https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn={topic}:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
            "MessageAttributes": {},
        },
    }]}


def main():
    records = traffic()
    with open(EVENTS / "incident-invocation-logs.jsonl", "w", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, separators=(",", ":")) + "\n")
    (EVENTS / "alarm-sns-event-incident.json").write_text(json.dumps(alarm_event(records), indent=2) + "\n")
    print(f"{len(records)} records; error rate 09:38-09:43 {error_rate(records, dt.datetime(2026, 5, 4, 9, 38, tzinfo=dt.timezone.utc), dt.datetime(2026, 5, 4, 9, 43, tzinfo=dt.timezone.utc)):.2f}%")


if __name__ == "__main__":
    main()
