#!/usr/bin/env python3
"""Transforms a JSON SAM template with samtranslator (what CloudFormation's AWS::Serverless transform does).

Offline: local CodeUri values are replaced by an S3 URI (as `sam package` would) and managed-policy names resolve
from a fixed map instead of calling IAM. Prints the CloudFormation template as JSON; exits 1 with the errors otherwise.
"""
import json, os, sys

from samtranslator.model.exceptions import InvalidDocumentException
from samtranslator.translator.transform import transform

POLICY_MAP = {
    "AWSLambdaBasicExecutionRole": "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
    "AWSXRayDaemonWriteAccess": "arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess",
    "AWSLambdaSQSQueueExecutionRole": "arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole",
}


class FixedPolicyLoader:
    def load(self):
        return POLICY_MAP


def packaged(template):
    code = "s3://llmwatch-artifacts/bootstrap.zip"
    glob = template.get("Globals", {}).get("Function", {})
    if "CodeUri" in glob:
        glob["CodeUri"] = code
    for resource in template.get("Resources", {}).values():
        if resource.get("Type") == "AWS::Serverless::Function" and "CodeUri" in resource.get("Properties", {}):
            resource["Properties"]["CodeUri"] = code
    return template


def language_extensions(path, template):
    """Expands Fn::ForEach (per-model alarms) as the AWS::LanguageExtensions transform does before SAM's runs.

    samtranslator knows nothing of it; cfn-lint's own expansion is used so lint and transform see the same resources.
    """
    transforms = template.get("Transform", [])
    transforms = [transforms] if isinstance(transforms, str) else transforms
    if "AWS::LanguageExtensions" not in transforms:
        return template
    from cfnlint.decode import decode
    from cfnlint.template import Template
    from cfnlint.template.transforms._language_extensions import language_extension

    decoded, matches = decode(path)
    errors, expanded = language_extension(Template(path, decoded, ["us-east-1"]))
    if matches or errors:
        raise SystemExit("\n".join(str(m) for m in [*matches, *errors]))
    expanded = json.loads(json.dumps(expanded))
    expanded["Transform"] = [t for t in transforms if t != "AWS::LanguageExtensions"]
    return expanded


def main(path):
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")  # pseudo-parameters only; nothing is called
    with open(path) as f:
        template = packaged(language_extensions(path, json.load(f)))
    try:
        output = transform(template, {}, FixedPolicyLoader())
    except InvalidDocumentException as e:
        print("\n".join(str(cause) for cause in e.causes), file=sys.stderr)
        return 1
    json.dump(output, sys.stdout, indent=1, default=str)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
