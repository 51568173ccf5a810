#!/usr/bin/env python3
"""usage: scripts/code_key.py [--help] TREE FILE...

Print a short hash of FILEs (paths relative to TREE) that does not change
when only their comments or layout change: the key under which
scripts/check remembers a bisect step and scripts/mutate a kill. A C file
(.c, .h) counts as its code (code_lines()); any other file byte for byte;
a missing file as missing. A helper of scripts/check and scripts/mutate,
not a verb of its own.
"""
import hashlib
import os
import re
import sys

# String and character literals (kept as they are) or comments.
_C_TOKENS = re.compile(rb'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|//[^\n]*|/\*.*?\*/', re.S)
_BLANKS = re.compile(rb'[ \t\f\v\r]+')


def c_code(data):
    """C source without comments, whitespace runs made one space (string
    and character literals kept as they are), newlines included: for the
    test-side files of a mutation's key, whose line breaks cannot change a
    verdict."""
    return _BLANKS.sub(b' ', code_lines(data).replace(b'\n', b' '))


def code_lines(data):
    """C source as the compiler sees it, minus what cannot change its
    meaning: each comment becomes one space (translation phase 3, so a
    comment spanning lines joins them, as it does for the compiler), runs
    of blanks one space, blank lines go. A blank line after a line that
    ends in a backslash stays: it ends a macro. An unterminated comment is
    not a comment here, so breaking one changes the key."""
    def sub(mo):
        t = mo.group(0)
        return t if t.startswith((b'"', b"'")) else b' '
    out = []
    prev_splice = False
    for line in _C_TOKENS.sub(sub, data).split(b'\n'):
        line = _BLANKS.sub(b' ', line).strip()
        if line or prev_splice:
            out.append(line)
        prev_splice = line.endswith(b'\\')
    return b'\n'.join(out)


def key(tree, files):
    h = hashlib.sha256()
    for f in files:
        p = os.path.join(tree, f)
        if not os.path.isfile(p):
            h.update(f'missing {f}\n'.encode())
            continue
        data = open(p, 'rb').read()
        if f.endswith(('.c', '.h')):
            data = code_lines(data)
        h.update(f'file {f} {len(data)}\n'.encode())
        h.update(data)
    return h.hexdigest()[:20]


def main(argv):
    if not argv or argv[0] in ('-h', '--help'):
        print(__doc__)
        return 0 if argv else 2
    print(key(argv[0], argv[1:]))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
