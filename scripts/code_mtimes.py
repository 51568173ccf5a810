#!/usr/bin/env python3
"""usage: scripts/code_mtimes.py record TREE FILE...
       scripts/code_mtimes.py restore TREE RECORD

What a bisect class directory's last build saw of the files the series
touches, by their code: `record` prints "HASH MTIME PATH" for each FILE
(relative to TREE) that exists, HASH being the sha256 of its code as
scripts/code_key.py sees it for a C file (.c, .h: without comments and
layout) and of its bytes for any other file; `restore` gives every file
of RECORD whose HASH still matches its recorded MTIME back. A header or C
file whose comments alone changed since then (patch 0065 rewords a
comment of include/linux/mmu_notifier.h) then keeps the mtime make built
its dependents from, and nothing is rebuilt for it: the bisect step is
keyed on code too. Its objects keep the old line numbers (__LINE__ in a
failure message), which is why scripts/apply and the test builds do not
do this. A helper of scripts/check, not a verb of its own.
"""
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from code_key import code_lines  # noqa: E402


def code_hash(path):
    data = open(path, 'rb').read()
    if path.endswith(('.c', '.h')):
        data = code_lines(data)
    return hashlib.sha256(data).hexdigest()


def record(tree, files):
    for f in files:
        p = os.path.join(tree, f)
        if not f or not os.path.isfile(p):
            continue
        ns = os.stat(p).st_mtime_ns
        print(f'{code_hash(p)} {ns // 10**9}.{ns % 10**9:09d} {f}')


def restore(tree, rec):
    with open(rec) as r:
        for line in r:
            parts = line.rstrip('\n').split(' ', 2)
            if len(parts) != 3:
                continue
            h, mtime, f = parts
            p = os.path.join(tree, f)
            if not os.path.isfile(p) or code_hash(p) != h:
                continue
            sec, _, frac = mtime.partition('.')
            ns = int(sec) * 10**9 + int((frac + '000000000')[:9])
            os.utime(p, ns=(ns, ns))


def main(argv):
    if len(argv) < 2 or argv[0] not in ('record', 'restore'):
        print(__doc__)
        return 0 if argv and argv[0] in ('-h', '--help') else 2
    if argv[0] == 'record':
        record(argv[1], argv[2:])
    else:
        if len(argv) != 3:
            print(__doc__)
            return 2
        if os.path.isfile(argv[2]):
            restore(argv[1], argv[2])
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
