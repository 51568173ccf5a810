#!/usr/bin/env python3
"""usage: scripts/code_mtimes.py record [--bytes] TREE FILE...
       scripts/code_mtimes.py restore [--bytes] TREE RECORD

What a build directory's last build saw of the files the series touches:
`record` prints "HASH MTIME PATH" for each FILE (relative to TREE) that
exists, HASH being the sha256 of its code as scripts/code_key.py sees it
for a C file (.c, .h: without comments and layout) and of its bytes for
any other file (for every file with --bytes); `restore` gives every file
of RECORD whose HASH still matches its recorded MTIME back, and every
other file of RECORD that exists the current time.

So a file is rebuilt exactly when it differs from what the directory
built, however it came to the tree. rsync puts a file back to the base
with the base's mtime, older than the objects built from its patched
version: without the touch, a step before the patch (or a series without
it) would link those objects. And a file that comes back as it was keeps
its mtime: scripts/apply reapplies every patch after its rsync (--bytes),
and the bisect's class directories come back to an earlier step. By code,
a header whose comments alone changed (patch 0065 rewords a comment of
include/linux/mmu_notifier.h) rebuilds none of its dependents: the
bisect step is keyed on code too. Their objects keep the old line numbers
(__LINE__ in a failure message), which is why scripts/apply, whose tree
the test builds use, compares bytes. A helper of scripts/apply and
scripts/check, not a verb of its own.
"""
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from code_key import code_lines  # noqa: E402


def code_hash(path, by_bytes=False):
    data = open(path, 'rb').read()
    if not by_bytes and path.endswith(('.c', '.h')):
        data = code_lines(data)
    return hashlib.sha256(data).hexdigest()


def record(tree, files, by_bytes):
    for f in files:
        p = os.path.join(tree, f)
        if not f or not os.path.isfile(p):
            continue
        ns = os.stat(p).st_mtime_ns
        print(f'{code_hash(p, by_bytes)} {ns // 10**9}.{ns % 10**9:09d} {f}')


def restore(tree, rec, by_bytes):
    with open(rec) as r:
        for line in r:
            parts = line.rstrip('\n').split(' ', 2)
            if len(parts) != 3:
                continue
            h, mtime, f = parts
            p = os.path.join(tree, f)
            if not os.path.isfile(p):
                continue
            if code_hash(p, by_bytes) != h:
                os.utime(p)
                continue
            sec, _, frac = mtime.partition('.')
            ns = int(sec) * 10**9 + int((frac + '000000000')[:9])
            os.utime(p, ns=(ns, ns))


def main(argv):
    if len(argv) < 2 or argv[0] not in ('record', 'restore'):
        print(__doc__)
        return 0 if argv and argv[0] in ('-h', '--help') else 2
    verb, args = argv[0], argv[1:]
    by_bytes = bool(args) and args[0] == '--bytes'
    if by_bytes:
        args = args[1:]
    if verb == 'record' and args:
        record(args[0], args[1:], by_bytes)
    elif verb == 'restore' and len(args) == 2:
        if os.path.isfile(args[1]):
            restore(args[0], args[1], by_bytes)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
