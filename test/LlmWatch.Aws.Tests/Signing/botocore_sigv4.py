"""Recomputes a SigV4 signature with botocore for a request a test server received.

stdin: JSON {method, url, headers{name: value}, body_b64, access_key, secret_key, region, service}
stdout: the hex signature botocore computes over exactly the headers named in SignedHeaders.
"""
import base64
import json
import re
import sys

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

spec = json.load(sys.stdin)
headers = {k.lower(): v for k, v in spec["headers"].items()}
signed = re.search(r"SignedHeaders=([^,]+)", headers["authorization"]).group(1).split(";")
request = AWSRequest(method=spec["method"], url=spec["url"], data=base64.b64decode(spec["body_b64"]),
                     headers={name: headers[name] for name in signed})
request.context["timestamp"] = headers["x-amz-date"]
auth = SigV4Auth(Credentials(spec["access_key"], spec["secret_key"]), spec["service"], spec["region"])
canonical = auth.canonical_request(request)
print(auth.signature(auth.string_to_sign(request, canonical), request))
