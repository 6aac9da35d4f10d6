#!/usr/bin/env python3
"""Re-runs the `$ greenlight-cli ...` examples of docs/cli.md and puts their real output under them.

Usage (from the repository root, after a build):
    python3 scripts/refresh-cli-examples.py [--cli build/ci/app/cli/greenlight-cli] [--check]

A command continues on the next line after a trailing backslash. Its output runs to the next `$ `
line or the end of the code block. Commands whose input files are not in the repository (the
import walk-through's laptop files) are left as they are and listed. --check changes nothing and
exits 1 when an example is out of date. A developer tool: CI does not need Python.
"""
import argparse
import os
import shlex
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cli, command, workdir):
    """The command's stdout and stderr, run by bash in a scratch directory that links the
    repository's resources and tests (files it writes stay out of the tree); None when it needs a
    file of a walk-through that the repository does not have."""
    args = shlex.split(command)
    if not args or args[0] != "greenlight-cli":
        return None
    for a in args[1:]:
        if a.endswith((".json", ".csv", ".log")) and not a.startswith("/") and not os.path.exists(
                os.path.join(ROOT, a)):
            return None
    env = dict(os.environ, LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=workdir,
               PATH=os.path.dirname(os.path.abspath(cli)) + os.pathsep + os.environ.get("PATH", ""))
    p = subprocess.run(["bash", "-c", command], cwd=workdir, capture_output=True, text=True, env=env)
    text = (p.stdout + p.stderr).rstrip("\n")
    return text.split("\n") if text else []


def refresh(lines, cli, workdir):
    out, skipped, changed = [], [], 0
    i, in_block = 0, False
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            in_block = not in_block
            out.append(line)
            i += 1
            continue
        if not (in_block and line.startswith("$ greenlight-cli")):
            out.append(line)
            i += 1
            continue
        command_lines = [line]
        while command_lines[-1].rstrip().endswith("\\") and i + 1 < len(lines):
            i += 1
            command_lines.append(lines[i])
        i += 1
        old = []
        while i < len(lines) and not lines[i].startswith("$ ") and not lines[i].startswith("```"):
            old.append(lines[i])
            i += 1
        command = " ".join(l.rstrip().rstrip("\\").strip() for l in command_lines)[2:]
        new = run(cli, command, workdir)
        out.extend(command_lines)
        if new is None:
            skipped.append(command)
            out.extend(old)
        else:
            changed += new != old
            out.extend(new)
    return out, skipped, changed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default=os.path.join(ROOT, "build/ci/app/cli/greenlight-cli"))
    parser.add_argument("--doc", default=os.path.join(ROOT, "docs/cli.md"))
    parser.add_argument("--check", action="store_true")
    a = parser.parse_args()
    with open(a.doc, encoding="utf-8") as f:
        lines = f.read().split("\n")
    with tempfile.TemporaryDirectory() as workdir:
        os.chmod(workdir, 0o700)
        for name in ("resources", "tests"):
            os.symlink(os.path.join(ROOT, name), os.path.join(workdir, name))
        out, skipped, changed = refresh(lines, a.cli, workdir)
    for s in skipped:
        print("kept (input not in the repository): " + s)
    print(f"{changed} example(s) out of date")
    if a.check:
        return 1 if changed else 0
    with open(a.doc, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
