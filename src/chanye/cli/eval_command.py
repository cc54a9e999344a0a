"""`chanye eval GOLD_DIR PRED_DIR [--min-full-f1 X] [--json]`: score predictions against gold files."""

from __future__ import annotations

import argparse
import json
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score extraction output against gold files (value-F1, full-F1, industries, frameworks)",
        description="Score predicted documents (a directory of JSON files, or a JSONL file) against gold files, "
        "as ../shared/spec/facts.md says. Scores are micro-averaged over the corpus; the last three lines "
        "of the text report are the headline scores.",
    )
    parser.add_argument("gold", metavar="GOLD_DIR")
    parser.add_argument("pred", metavar="PRED_DIR")
    parser.add_argument("--min-full-f1", type=float, default=None, metavar="X",
                        help="exit with status 1 when the corpus full-F1 is below X")
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from chanye.evaluate.report import render
    from chanye.evaluate.scoring import score_dirs

    try:
        score = score_dirs(args.gold, args.pred)
    except FileNotFoundError as exc:
        print(f"chanye eval: no such file or directory: {exc}", file=sys.stderr)
        return 2
    except json.JSONDecodeError as exc:
        print(f"chanye eval: not JSON: {exc}", file=sys.stderr)
        return 2
    if args.json:
        out = score.as_dict()
        if args.min_full_f1 is not None:
            out["min_full_f1"] = args.min_full_f1
            out["below_floor"] = score.full.f1 < args.min_full_f1
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(render(score, args.min_full_f1))
    if args.min_full_f1 is not None and score.full.f1 < args.min_full_f1:
        return 1
    return 0
