"""Expands Fn::ForEach (AWS::LanguageExtensions) the way cfn-lint does, then runs the SAM translator.
Prints the transformed template's resource types as JSON {logicalId: type}; exits 1 with the error on failure."""
import json, os, sys
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
from cfnlint.decode import decode
from cfnlint.template import Template
from cfnlint.template.transforms._language_extensions import language_extension
from samtranslator.translator.transform import transform

class _NoPolicies:
    def load(self):
        return {}

path = sys.argv[1]
template, matches = decode(path)
if matches:
    print("decode failed:", matches); sys.exit(1)
cfn = Template(path, template, ["us-east-1"])
errors, expanded = language_extension(cfn)
if errors:
    print("language extensions failed:", errors); sys.exit(1)
expanded = dict(expanded)
expanded["Transform"] = [t for t in expanded.get("Transform", []) if t != "AWS::LanguageExtensions"] or "AWS::Serverless-2016-10-31"
params = {k: v.get("Default") for k, v in expanded.get("Parameters", {}).items()}
try:
    out = transform(json.loads(json.dumps(expanded)), params, _NoPolicies())
except Exception as e:  # noqa: BLE001
    print("transform failed:", e); sys.exit(1)
print(json.dumps({k: v["Type"] for k, v in out["Resources"].items()}, indent=1, sort_keys=True))
