#!/usr/bin/env python3
"""Writes, for the browser tests, the same organisations one year earlier and the current
dataset naming that year as its predecessor, so the dashboard shows the year-over-year change
(issue 14) and the suite audits and checks it like every other page.
Usage: previous_year.py DATASET PREVIOUS_OUT CURRENT_OUT
The earlier year keeps every other response (under new ids: a response belongs to one campaign)
and one distance channel fewer in each expert record, so totals differ in both directions."""
import copy
import json
import sys

source, previous_out, current_out = sys.argv[1:4]
with open(source, encoding="utf-8") as f:
    current = json.load(f)

previous = copy.deepcopy(current)
previous_id = current["campaign"]["id"] + "-prev"
previous["campaign"]["id"] = previous_id
previous["campaign"]["year"] = current["campaign"]["year"] - 1
previous["campaign"].pop("previous", None)
previous["responses"] = []
for n, r in enumerate(current.get("responses", [])):
    if n % 2:
        continue
    earlier = dict(r)
    earlier["id"] = ("b" if r["id"][0] != "b" else "c") + r["id"][1:]
    previous["responses"].append(earlier)
for record in previous.get("expert", []):
    if record.get("distance_methods"):
        record["distance_methods"] = record["distance_methods"][:-1]
    else:
        record["distance_methods"] = ["phone"]

current["campaign"]["previous"] = previous_id
with open(previous_out, "w", encoding="utf-8") as f:
    json.dump(previous, f, ensure_ascii=False)
with open(current_out, "w", encoding="utf-8") as f:
    json.dump(current, f, ensure_ascii=False)
