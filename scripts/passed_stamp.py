#!/usr/bin/env python3
"""The stamp of a whole KUnit run that passed, kept in its build directory.

usage: scripts/passed_stamp.py write|check TREE BDIR ARCH KUNITCONFIG...

scripts/test writes BDIR/hmmk-passed after a run of every case of the
KUNITCONFIGs (the target's and any --extra fragment, in that order) passed
with no splat in the kernel log, and removes it before each run.
scripts/mutate, whose mutants only mean something if the unmutated kernel
passes, then need not boot that kernel again: after its own make of BDIR,
`check` says whether the kernel there is still the one that passed.

The stamp is a hash of what decides such a run: the kernel image that
kunit.py boots (UML: BDIR/linux; QEMU: the kernel_path of the tree's
qemu_configs/ARCH.py), BDIR/.config, and the KUNITCONFIGs' text (their
"# kernel_args:" and "# qemu_args:" lines are part of it). Any rebuild
links a new image (its version string counts the builds), so a stamp
never outlives the kernel it was written for.

check: exit status 0 when BDIR's stamp matches, 1 otherwise.
"""
import hashlib
import os
import re
import sys

NAME = 'hmmk-passed'


def image(tree, bdir, arch):
    """The file kunit.py boots for ARCH in BDIR, None if unknown."""
    if arch == 'um':
        return os.path.join(bdir, 'linux')
    try:
        text = open(os.path.join(tree, 'tools/testing/kunit/qemu_configs', arch + '.py')).read()
    except OSError:
        return None
    m = re.search(r"kernel_path\s*=\s*['\"]([^'\"]+)['\"]", text)
    return os.path.join(bdir, m.group(1)) if m else None


def key(tree, bdir, arch, cfgs):
    """The stamp of BDIR as it is now, None if its kernel or config is missing."""
    h = hashlib.sha256()
    img = image(tree, bdir, arch)
    try:
        for label, path in [('image', img), ('config', os.path.join(bdir, '.config'))] + \
                [('kunitconfig', c) for c in cfgs]:
            data = open(path, 'rb').read()
            h.update(f'{label} {len(data)}\n'.encode())
            h.update(data)
    except (OSError, TypeError):
        return None
    return h.hexdigest()


def write(tree, bdir, arch, cfgs):
    k = key(tree, bdir, arch, cfgs)
    if k:
        with open(os.path.join(bdir, NAME), 'w') as f:
            f.write(k + '\n')


def matches(tree, bdir, arch, cfgs):
    try:
        kept = open(os.path.join(bdir, NAME)).read().strip()
    except OSError:
        return False
    return kept != '' and kept == key(tree, bdir, arch, cfgs)


def main(argv):
    if argv[1:2] in (['-h'], ['--help']):
        print(__doc__)
        return 0
    if len(argv) < 6 or argv[1] not in ('write', 'check'):
        print(__doc__, file=sys.stderr)
        return 2
    verb, tree, bdir, arch, cfgs = argv[1], argv[2], argv[3], argv[4], argv[5:]
    if verb == 'write':
        write(tree, bdir, arch, cfgs)
        return 0
    return 0 if matches(tree, bdir, arch, cfgs) else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
