#!/usr/bin/env python3
"""Fills a `nok-server plan draft` (stdin) into a plan for the browser tests (stdout): hostile
texts that must show as written, one done item, one overdue item, the rest due far ahead."""
import json
import sys

plan = json.load(sys.stdin)
for item in plan["items"]:
    item["measure"] = "<script>window.__xss=21</script><b>новый стенд</b>"
    item["due"] = "2999-12-31"
    item["responsible"] = "<img src=x onerror=\"window.__xss=22\">Иванова И. И."
if plan["items"]:
    plan["items"][0].update(status="done", done_on="2026-10-01", result="Стенд обновлён")
if len(plan["items"]) > 1:
    plan["items"][1]["due"] = "2020-01-31"  # overdue: planned and past due
json.dump(plan, sys.stdout, ensure_ascii=False)
