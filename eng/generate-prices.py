#!/usr/bin/env python3
"""Generate src/LlmWatch.Core/Pricing/prices.json from the genai-prices `aws` provider export.

Usage: python3 eng/generate-prices.py SOURCE_DIR --version 0.1.8 --date 2026-11-22
SOURCE_DIR holds genai-prices-aws.json and LICENSE.genai-prices (see README "Pricing").

The output keeps every model's id, name, match rules and prices exactly as published, drops what LlmWatch
does not use (descriptions, context windows, usage extractors), and records the dataset's version and export
date. It fails on anything the C# reader would not understand (a new match operator, price kind or constraint
type), so a refresh that changes the dataset's semantics is noticed instead of silently mispriced.
"""
import argparse
import json
import pathlib
import shutil
import sys

MATCH_LEAVES = {"contains", "starts_with", "ends_with", "equals", "regex"}
MATCH_GROUPS = {"and", "or"}
PRICE_KEYS = {"input_mtok", "output_mtok", "cache_read_mtok", "cache_write_mtok", "cache_write_1h_mtok"}
# Audio prices are published for speech models; invocation logs carry no audio token split, so they are kept
# for reference and ignored by the reader.
IGNORED_PRICE_KEYS = {"input_audio_mtok", "output_audio_mtok", "cache_audio_read_mtok"}
MODEL_KEYS_KEPT = ("id", "name", "match", "prices", "price_comments")
MODEL_KEYS_DROPPED = {"description", "context_window"}
ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "src" / "LlmWatch.Core" / "Pricing"


def fail(msg):
    sys.exit(f"generate-prices: {msg}")


def check_match(rule, where):
    if not isinstance(rule, dict) or len(rule) != 1:
        fail(f"{where}: a match rule is an object with exactly one key, got {rule!r}")
    (key, value), = rule.items()
    if key in MATCH_GROUPS:
        if not isinstance(value, list) or not value:
            fail(f"{where}.{key}: expected a non-empty list")
        for i, child in enumerate(value):
            check_match(child, f"{where}.{key}[{i}]")
    elif key in MATCH_LEAVES:
        if not isinstance(value, str) or not value:
            fail(f"{where}.{key}: expected a non-empty string")
    else:
        fail(f"{where}: unknown match operator {key!r}")


def check_price(value, where):
    if isinstance(value, (int, float)):
        return
    if isinstance(value, dict) and set(value) == {"base", "tiers"}:
        starts = [t["start"] for t in value["tiers"]]
        if starts != sorted(starts):
            fail(f"{where}: tiers must be sorted by start")
        return
    fail(f"{where}: expected a number or {{base, tiers}}, got {value!r}")


def check_prices(prices, where):
    if "input_mtok" not in prices:
        fail(f"{where}: no input_mtok (the reader requires one)")
    for key, value in prices.items():
        if key in IGNORED_PRICE_KEYS:
            continue
        if key not in PRICE_KEYS:
            fail(f"{where}: unknown price kind {key!r}")
        check_price(value, f"{where}.{key}")


def check_model(model, i):
    where = f"models[{i}] ({model.get('id')})"
    unknown = set(model) - set(MODEL_KEYS_KEPT) - MODEL_KEYS_DROPPED
    if unknown:
        fail(f"{where}: unknown keys {sorted(unknown)}")
    check_match(model["match"], f"{where}.match")
    prices = model["prices"]
    if isinstance(prices, dict):
        check_prices(prices, f"{where}.prices")
        return
    for j, entry in enumerate(prices):
        constraint = entry.get("constraint")
        if constraint is not None and constraint.get("type") != "start_date":
            fail(f"{where}.prices[{j}]: unsupported constraint {constraint!r}")
        check_prices(entry["prices"], f"{where}.prices[{j}].prices")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source_dir", type=pathlib.Path)
    parser.add_argument("--version", required=True, help="genai-prices package version of the export")
    parser.add_argument("--date", required=True, help="export date, YYYY-MM-DD")
    args = parser.parse_args()

    provider = json.loads((args.source_dir / "genai-prices-aws.json").read_text(encoding="utf-8"))
    if provider.get("id") != "aws":
        fail("expected the `aws` provider export")
    models = []
    seen = set()
    for i, model in enumerate(provider["models"]):
        check_model(model, i)
        if model["id"].lower() in seen:
            fail(f"models[{i}]: duplicate id {model['id']!r}")
        seen.add(model["id"].lower())
        models.append({k: model[k] for k in MODEL_KEYS_KEPT if k in model})

    table = {
        "source": "@pydantic/genai-prices",
        "version": args.version,
        "date": args.date,
        "provider": provider["id"],
        "license": "MIT, Copyright (c) Pydantic Services Inc.; see LICENSE.genai-prices",
        "generated_by": "eng/generate-prices.py",
        "models": models,
    }
    (OUT_DIR / "prices.json").write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    shutil.copyfile(args.source_dir / "LICENSE.genai-prices", OUT_DIR / "LICENSE.genai-prices")
    print(f"wrote {len(models)} models ({args.version}, {args.date}) to {OUT_DIR / 'prices.json'}")


if __name__ == "__main__":
    main()
