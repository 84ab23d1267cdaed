"""Reads a Gatling 3.13 report's figures: js/stats.js holds them as a JavaScript object (`var stats = {...}`),
its keys partly unquoted and its numbers as strings. Returns the tree as JSON-like dicts, numbers as numbers."""
import json
import re


def load(run_dir):
    text = open(f"{run_dir}/js/stats.js", encoding="utf-8").read()
    start = text.index("{", text.index("var stats"))
    depth, end, in_string = 0, start, False
    for i in range(start, len(text)):
        c = text[i]
        if c == '"' and text[i - 1] != "\\":
            in_string = not in_string
        elif not in_string and c == "{":
            depth += 1
        elif not in_string and c == "}":
            depth -= 1
            if depth == 0:
                end = i + 1
                break
    body = re.sub(r'^(\s*)([A-Za-z_][A-Za-z0-9_]*)\s*:', r'\1"\2":', text[start:end], flags=re.M)
    return _numbers(json.loads(body))


def _numbers(node):
    if isinstance(node, dict):
        return {k: _numbers(v) for k, v in node.items()}
    if isinstance(node, str) and re.fullmatch(r"-?\d+(\.\d+)?", node):
        return float(node) if "." in node else int(node)
    return node


def requests(node, out=None):
    """Every request's stats by name (a name met in several groups is added up in OK and KO only)."""
    out = {} if out is None else out
    for child in node.get("contents", {}).values():
        if child.get("type") == "REQUEST":
            out[child["stats"]["name"]] = child["stats"]
        requests(child, out)
    return out


def groups(node, out=None):
    out = {} if out is None else out
    for child in node.get("contents", {}).values():
        if child.get("type") == "GROUP":
            out[child["name"]] = child["stats"]
            groups(child, out)
    return out
