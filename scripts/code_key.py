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


_CASE_REF = re.compile(rb'KUNIT_CASE\w*\( ?(\w+)')
_LITERAL = re.compile(rb'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'')
_IDENT = re.compile(rb'[A-Za-z_]\w*')
_FUNC_HEAD = re.compile(rb'\([^;{}=]*\) ?$')
_CALLED = re.compile(rb'(\w+) ?\(')


def _top_level(text):
    """Split C code without preprocessor lines into top-level items:
    (names, text) for a function definition, names being every identifier
    its head puts before a parenthesis (the function's, and those of
    attribute or declaration macros: a function counts as reached by any
    of them), (None, text) for anything else (declarations, initialised
    variables, struct definitions)."""
    items, i, start, depth, head_fn = [], 0, 0, 0, None
    while i < len(text):
        c = text[i:i + 1]
        if c in (b'"', b"'"):
            mo = _LITERAL.match(text, i)
            i = mo.end() if mo else i + 1
            continue
        if c == b'{':
            if depth == 0:
                head = text[start:i].rstrip()
                head_fn = frozenset(_CALLED.findall(head)) if _FUNC_HEAD.search(head) else None
            depth += 1
        elif c == b'}':
            depth -= 1
            if depth == 0 and head_fn:
                items.append((head_fn, text[start:i + 1]))
                start, head_fn = i + 1, None
        elif c == b';' and depth == 0:
            items.append((None, text[start:i + 1]))
            start = i + 1
        i += 1
    if text[start:].strip():
        items.append((None, text[start:]))
    return items


_PARSED = {}


def _parsed(data):
    """(preprocessor lines, top-level items, case names) of C file DATA,
    parsed once per content."""
    h = hashlib.sha256(data).digest()
    if h not in _PARSED:
        pre, rest, cont = [], [], False
        for line in code_lines(data).split(b'\n'):
            if cont or line.startswith(b'#'):
                pre.append(line)
                cont = line.endswith(b'\\')
            else:
                rest.append(line)
        text = b' '.join(rest)
        _PARSED[h] = (pre, _top_level(text), set(_CASE_REF.findall(text)))
    return _PARSED[h]


def cases_only(data, keep):
    """What a kill by the KUnit cases KEEP can depend on in C file DATA:
    its code (code_lines()) less the functions none of them reaches.
    Preprocessor lines, declarations and variables stay; of the
    KUNIT_CASE*() entries only KEEP's; of the functions those reachable
    (by name, transitively) from what stays: the cases in KEEP, the
    helpers they call, the suites' init/exit and callbacks a variable
    names. A case of the file not in KEEP that nothing else uses goes,
    with every helper only such cases use."""
    keep = set(keep)
    pre, items, cases = _parsed(data)
    others = cases - keep
    entry = re.compile(rb'KUNIT_CASE\w*\( ?(\w+)\b[^)]*\) ?,?')

    def strip(t):
        return entry.sub(lambda mo: b'' if mo.group(1) in others else mo.group(0), t)
    kept = [strip(t) for n, t in items if n is None] + pre
    seen = set(_IDENT.findall(b' '.join(kept))) | keep
    fns = [(n, t) for n, t in items if n is not None]
    reached, grew = set(), True
    while grew:
        grew = False
        for n, t in fns:
            if n not in reached and n & seen:
                reached.add(n)
                seen |= set(_IDENT.findall(t))
                grew = True
    return b'\n'.join(pre + [strip(t) if n is None else t for n, t in items
                              if n is None or n in reached])


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
