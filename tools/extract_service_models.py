#!/usr/bin/env python3
"""Derives the embedded AWS's operation table from the published AWS service models.

The AWS SDK v2 model classes tell the codecs how to read and write each member, but not the
contract AWS enforces on input: which members are required, their lengths, ranges, patterns and
enum values, which operations are unsigned, each operation's HTTP binding and success status, and
the status and code of each error. The service models (the same JSON that botocore and the SDK
generators consume) say exactly that. This script keeps only those facts, for the operations'
input shapes and the errors, and writes one compact file per service to
src/main/resources/org/officeapi/emulator/protocol/models/. The output is committed; the script is
only needed again when a model changes.

Usage: tools/extract_service_models.py [BOTOCORE_DATA_DIR]
(default: the data directory of the botocore that python3 imports)
"""
import gzip
import json
import os
import sys

SERVICES = {
    # file name (signing name) -> (botocore directory, API version)
    "cognito-idp": ("cognito-idp", "2016-04-18"),
    "cognito-identity": ("cognito-identity", "2014-06-30"),
    "iam": ("iam", "2010-05-08"),
    "sts": ("sts", "2011-06-15"),
    "lambda": ("lambda", "2015-03-31"),
    "apigateway": ("apigateway", "2015-07-09"),
}

CONSTRAINT_KEYS = ("min", "max", "pattern", "enum", "sensitive")


def load(data_dir, directory, version):
    base = os.path.join(data_dir, directory, version, "service-2.json")
    if os.path.exists(base):
        with open(base, encoding="utf-8") as f:
            return json.load(f)
    with gzip.open(base + ".gz", "rt", encoding="utf-8") as f:
        return json.load(f)


def reachable(shapes, roots):
    seen, todo = set(), list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name not in shapes:
            continue
        seen.add(name)
        shape = shapes[name]
        for ref in shape.get("members", {}).values():
            todo.append(ref["shape"])
        for key in ("member", "key", "value"):
            if key in shape:
                todo.append(shape[key]["shape"])
    return seen


def compact_shape(shape):
    out = {"type": shape["type"]}
    for key in CONSTRAINT_KEYS:
        if key in shape:
            out[key] = shape[key]
    if shape["type"] == "structure":
        out["members"] = {m: {k: v for k, v in ref.items() if k in ("shape", "location", "locationName")}
                          for m, ref in shape.get("members", {}).items()}
        if shape.get("required"):
            out["required"] = shape["required"]
    for key in ("member", "key", "value"):
        if key in shape:
            out[key] = shape[key]["shape"]
    return out


def no_auth(operation):
    return operation.get("authtype") == "none" or operation.get("auth") == ["smithy.api#noAuth"]


def extract(model):
    shapes = model["shapes"]
    operations, inputs, errors = {}, [], {}
    for name, op in sorted(model["operations"].items()):
        entry = {"method": op["http"]["method"], "uri": op["http"]["requestUri"]}
        if "responseCode" in op["http"]:
            entry["status"] = op["http"]["responseCode"]
        if "input" in op:
            entry["input"] = op["input"]["shape"]
            inputs.append(op["input"]["shape"])
        if no_auth(op):
            entry["noAuth"] = True
        entry["errors"] = [e["shape"] for e in op.get("errors", [])]
        operations[name] = entry
        for e in entry["errors"]:
            err = shapes[e].get("error", {})
            errors[e] = {"code": err.get("code", e), "status": err.get("httpStatusCode", 400),
                         "senderFault": err.get("senderFault", True)}
    kept = reachable(shapes, inputs)
    meta = model["metadata"]
    return {
        "protocol": meta["protocol"],
        "apiVersion": meta["apiVersion"],
        "signingName": meta.get("signingName", meta["endpointPrefix"]),
        "targetPrefix": meta.get("targetPrefix"),
        "xmlNamespace": meta.get("xmlNamespace"),
        "operations": operations,
        "errors": dict(sorted(errors.items())),
        "shapes": {n: compact_shape(shapes[n]) for n in sorted(kept)},
    }


def main():
    if len(sys.argv) > 1:
        data_dir = sys.argv[1]
    else:
        import botocore
        data_dir = os.path.join(os.path.dirname(botocore.__file__), "data")
    out_dir = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources",
                           "org", "officeapi", "emulator", "protocol", "models")
    for file_name, (directory, version) in SERVICES.items():
        model = extract(load(data_dir, directory, version))
        path = os.path.join(out_dir, file_name + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(model, f, indent=None, separators=(",", ":"), sort_keys=False)
            f.write("\n")
        print(f"{path}: {len(model['operations'])} operations, {len(model['shapes'])} shapes")


if __name__ == "__main__":
    main()
