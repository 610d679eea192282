"""Start-up cost of councildocs: a one-page document end to end, and ``--workers 2`` against ``--workers 1``.

    python benchmarks/startup.py --runs 9 --baseline OLD            # OLD: `git archive OLDCOMMIT src cli models | tar -x -C OLD`
    python benchmarks/startup.py --runs 3 --workers-ratio           # also the 23 real PDFs, --workers 1 and 2
    python benchmarks/startup.py --count --baseline OLD             # instructions counted under valgrind
    python benchmarks/startup.py --runs 9 --baseline OLD --bytecode # both checkouts compiled first

What is measured (``docs/benchmarks.md`` has the figures):

* **CPU of the whole command**, ``councildocs extract ONEPAGE.pdf -q -o OUT``, with its worker
  process: user + system of everything the command waited for (``honest.whole``). With
  ``--baseline``, the two checkouts run in turn, the order swapped every other pair, and the ratio is
  taken pair by pair, so the machine's drift falls on both.
* **Instructions counted** (``--count``, needs valgrind): the command process alone, and one worker
  that starts, serves the one-page document and ends (``os._exit``, so no interpreter teardown is
  counted: a batch kills its workers). A count does not move with the machine's load, which a shared
  2-core machine's CPU times do by ±20 %; it is not time (a cache miss costs more than an
  instruction), so it is shown beside the CPU figures, never instead of them.
* **Bytecode** (``--bytecode``): each checkout's ``src/`` and ``cli/`` compiled (``compileall``) before the
  runs, as ``pip install`` leaves an installed copy. Without it, an environment that sets
  ``PYTHONDONTWRITEBYTECODE`` (this project's machine does) compiles councildocs' modules from source in
  the command and in its worker at every run, which no installed copy does.
* **Workers** (``--workers-ratio``): wall time of the real PDFs with ``--workers 1`` over
  ``--workers 2``, paired the same way. Only meaningful on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from honest import councildocs_cmd, real_pdfs, spread, whole  # noqa: E402

#: One worker, as ``isolation.WorkerProcess`` starts it, serving the requests on its standard input and
#: ending without the interpreter's teardown.
WORKER = "import os, sys\nfrom councildocs._worker import main\nmain(sys.argv[1:])\nos._exit(0)\n"


def checkout_env(base: Path | None) -> dict[str, str] | None:
    """The environment that runs ``base``'s src/ and cli/ (None: this checkout)."""
    if base is None:
        return None
    return {**os.environ, "PYTHONPATH": f"{base / 'cli'}{os.pathsep}{base / 'src'}"}


def paired(commands: dict[str, tuple[list[str], dict[str, str] | None]], runs: int) -> dict[str, list[dict]]:
    """Each command once per run, in turn, the order reversed every other run."""
    results: dict[str, list[dict]] = {name: [] for name in commands}
    names = list(commands)
    for run in range(runs):
        for name in names if run % 2 == 0 else names[::-1]:
            cmd, env = commands[name]
            results[name].append(whole(cmd, env))
    return results


def count_instructions(cmd: list[str], env: dict[str, str] | None, stdin: str = "") -> int:
    """Instructions the process ``cmd`` executes (valgrind's callgrind; children not followed)."""
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd], input=stdin,
                          capture_output=True, text=True, env=env, check=True)
    return int(re.search(r"Collected : (\d+)", done.stderr)[1])  # type: ignore[index]


def counts(one_page: Path, out: Path, env: dict[str, str] | None) -> dict[str, int]:
    """Instructions of the command alone and of a worker serving ``one_page``."""
    request = f'{{"name": "{one_page}", "path": "{one_page}"}}\n'
    return {"command": count_instructions(councildocs_cmd([one_page], 1, out), env),
            "worker": count_instructions([sys.executable, "-c", WORKER, "--memory-mb", "2048"], pool_env(env), request)}


def pool_env(env: dict[str, str] | None) -> dict[str, str]:
    """The environment that checkout's worker pool starts its workers with."""
    code = ("import json, os\nfrom councildocs import isolation\n"
            "print(json.dumps(isolation.worker_env(os.environ) if hasattr(isolation, 'worker_env') "
            "else {**os.environ, 'PYTHONUNBUFFERED': '1'}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (pairs with --baseline)")
    parser.add_argument("--baseline", type=Path, metavar="CHECKOUT", help="an older checkout's src/ and cli/")
    parser.add_argument("--workers-ratio", action="store_true", help="also --workers 1 against 2 on the real PDFs")
    parser.add_argument("--count", action="store_true", help="also count instructions under valgrind")
    parser.add_argument("--bytecode", action="store_true", help="compile each checkout's src/ and cli/ first")
    args = parser.parse_args()
    real = real_pdfs()
    one_page = next(p for p in real if p.name.startswith("milburn") and "agenda" in p.name)
    checkouts = {"this checkout": None} | ({"baseline": args.baseline.resolve()} if args.baseline else {})
    if args.bytecode:
        for base in checkouts.values():
            root = base or Path(__file__).resolve().parents[1]
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "src"), str(root / "cli")],
                           check=True, stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory(prefix="councildocs-startup-") as tmp:
        out, many = Path(tmp) / "out.json", Path(tmp) / "out.jsonl"
        commands = {f"{name}: one page": (councildocs_cmd([one_page], 1, out), checkout_env(base))
                    for name, base in checkouts.items()}
        if args.workers_ratio:
            for name, base in checkouts.items():
                commands[f"{name}: real, --workers 1"] = (councildocs_cmd(real, 1, many), checkout_env(base))
                commands[f"{name}: real, --workers 2"] = (councildocs_cmd(real, 2, many), checkout_env(base))
        results = paired(commands, args.runs)
        if failed := sorted({name for name, rows in results.items() for r in rows if r["code"] != 0}):
            sys.exit(f"these commands failed: {', '.join(failed)}")
        for name, rows in results.items():
            print(f"{name}: CPU {spread([r['cpu'] for r in rows])} s, wall {spread([r['wall'] for r in rows])} s, "
                  f"peak {max(r['rss_mib'] for r in rows):.0f} MiB")
        if args.baseline:
            ratios = [b["cpu"] / a["cpu"] for a, b in zip(results["this checkout: one page"],
                                                           results["baseline: one page"], strict=True)]
            print(f"one page, baseline CPU / this checkout's, per pair: {spread(ratios, '{:.3f}')}")
        if args.workers_ratio:
            for name in checkouts:
                w1, w2 = results[f"{name}: real, --workers 1"], results[f"{name}: real, --workers 2"]
                ratios = [a["wall"] / b["wall"] for a, b in zip(w1, w2, strict=True)]
                print(f"{name}: --workers 2 against --workers 1, wall, per pair: {spread(ratios, '{:.2f}x')}")
        if args.count:
            if shutil.which("valgrind") is None:
                sys.exit("--count needs valgrind (Debian: apt-get install valgrind)")
            for name, base in checkouts.items():
                found = counts(one_page, out, checkout_env(base))
                print(f"{name}: instructions, command {found['command'] / 1e9:.3f} G, "
                      f"worker {found['worker'] / 1e9:.3f} G, total {sum(found.values()) / 1e9:.3f} G")
    print(f"(load average at the end: {', '.join(f'{v:.1f}' for v in os.getloadavg())}; "
          f"median of {args.runs} runs, min–max in brackets{'; bytecode compiled first' if args.bytecode else ''})")


if __name__ == "__main__":
    main()
