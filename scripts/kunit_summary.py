#!/usr/bin/env python3
"""Summarise kunit.py --json output: count cases, list failures, check suites.

usage: kunit_summary.py JSON [SUITE...]
Prints "<passed> <failed> <skipped>" on the last line of stdout; failing
cases and missing suites go to stderr (one per line). Exit 0 always.
"""
import json
import sys


def walk(group, path, out, root=True):
    name = group.get('name') or ''
    # the root group is kunit.py's own ("KUnit Test Group"), not a suite
    here = path + [name] if name and not root else path
    for case in group.get('test_cases', []):
        out.append(('.'.join(here + [case['name']]), case['status'], here))
    for sub in group.get('sub_groups', []):
        walk(sub, here, out, False)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    try:
        with open(sys.argv[1]) as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        print(f'no usable kunit.py JSON output ({e})', file=sys.stderr)
        print('0 1 0')
        return
    cases = []
    walk(data, [], cases)
    passed = sum(1 for c in cases if c[1] == 'PASS')
    skipped = sum(1 for c in cases if c[1] == 'SKIP')
    failed = len(cases) - passed - skipped
    for name, status, _ in cases:
        if status not in ('PASS', 'SKIP'):
            print(f'{status}: {name}', file=sys.stderr)
    suites = {c[2][0] for c in cases if c[2]}
    for want in sys.argv[2:]:
        if want not in suites:
            print(f'MISSING SUITE: {want}', file=sys.stderr)
            failed += 1
    if not cases:
        print('no test case ran', file=sys.stderr)
        failed += 1
    print(f'{passed} {failed} {skipped}')


if __name__ == '__main__':
    main()
