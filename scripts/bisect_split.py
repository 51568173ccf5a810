#!/usr/bin/env python3
"""usage: scripts/bisect_split.py SECS_DIR [--sparse] [--tree] STEP...

Where scripts/check's bisect hands the steps to redo (STEP..., in order)
to a second worker: the first worker takes the steps before the one
printed, the second that step and every later one. Prints "FIRST SECONDS"
(the second worker's first step, and how long the slower worker should
take), or nothing when one worker is better (fewer than W2_MIN steps).

The estimate of a step is its seconds in the last run that did it, from
SECS_DIR/STEP ("SECONDS", or "SECONDS new" when that run built its class
directory from scratch: a full build of hundreds of seconds that the next
run, incremental in the same directory, does not repeat: NEW_SECS then).
The first worker also runs sparse/W=1 after its steps (--sparse:
SECS_DIR/sparse-w1); the second one starts with its copies (W2_SETUP) and
creates its tree first when the cache has none (--tree: W2_TREE).

A helper of scripts/check, kept out of the keys of its results: tuning
the split redoes no step.
"""
import os
import sys

W2_MIN = 12       # fewer steps to redo: one worker
STEP_SECS = 8     # a step no run has measured
NEW_SECS = 30     # a step whose last run built its class directory from scratch
SPARSE_SECS = 20  # sparse/W=1, not measured yet
W2_SETUP = 10     # the second worker's start: copies, its tree to the base
W2_TREE = 25      # the creation of that tree, once per cache


def secs_of(secs_dir, name, default):
    try:
        with open(os.path.join(secs_dir, name)) as f:
            words = f.read().split()
    except OSError:
        return default
    if not words or not words[0].isdigit():
        return default
    if 'new' in words[1:]:
        return min(int(words[0]), NEW_SECS)
    return int(words[0])


def split(secs, w1, w2):
    """Index k of the second worker's first step, and the slower worker's
    seconds, when the first worker does secs[:k] after w1 seconds of its
    own and the second secs[k:] after w2 seconds of its own."""
    w2 += sum(secs)
    best = None
    for k, s in enumerate(secs):
        m = max(w1, w2)
        if k > 0 and (best is None or m < best[1]):
            best = (k, m)
        w1 += s
        w2 -= s
    return best


def main(argv):
    if not argv or argv[0] in ('-h', '--help'):
        print(__doc__)
        return 0 if argv else 2
    secs_dir, rest = argv[0], argv[1:]
    sparse = '--sparse' in rest
    tree = '--tree' in rest
    steps = [a for a in rest if not a.startswith('--')]
    if len(steps) < W2_MIN:
        return 0
    secs = [secs_of(secs_dir, s, STEP_SECS) for s in steps]
    w1 = secs_of(secs_dir, 'sparse-w1', SPARSE_SECS) if sparse else 0
    w2 = W2_SETUP + (W2_TREE if tree else 0)
    k, m = split(secs, w1, w2)
    print(steps[k], m)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
