# shellcheck shell=bash
# Common helpers for the hmm-kunit scripts. Sourced, never run.
#
# Environment (all optional):
#   HMMK_CACHE    cache directory (default: ${XDG_CACHE_HOME:-~/.cache}/hmm-kunit)
#   KERNEL_SRC    use this kernel tree as the base instead of Debian's linux-source
#   HMMK_FORCE=1  accept a KERNEL_SRC whose version is not the series' base version
#   HMMK_JOBS     make -j (default: nproc)

set -euo pipefail

HMMK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HMMK_CACHE=${HMMK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hmm-kunit}
HMMK_JOBS=${HMMK_JOBS:-$(nproc)}
# Python tools of the kernel (kernel-doc, sphinx extensions) must not leave
# __pycache__ behind in the cached base tree.
export PYTHONDONTWRITEBYTECODE=1
HMMK_PROG=$(basename "$0")
# Under pyenv, `python3` is a shell-script shim (0.13 s of every start on
# the development machine: two starts per bisect step, kunit.py's
# `env python3` and scripts/code_key.py). The interpreter it picks is
# resolved once, and its directory put first in PATH for everything
# started from here.
if [ -z "${HMMK_PYTHON_DIR:-}" ]; then
	HMMK_PYTHON_DIR=$(python3 -c 'import os, sys; print(os.path.dirname(sys.executable))' 2>/dev/null || true)
	[ -z "$HMMK_PYTHON_DIR" ] || PATH="$HMMK_PYTHON_DIR:$PATH"
	export HMMK_PYTHON_DIR=${HMMK_PYTHON_DIR:-none} PATH
fi

die() { echo "$HMMK_PROG: error: $*" >&2; exit 1; }
warn() { echo "$HMMK_PROG: warning: $*" >&2; }
info() { echo "$HMMK_PROG: $*" >&2; }

# Value of a "# key: value" line in the header of `series`.
series_header() {
	sed -n "s/^# *$1: *//p" "$HMMK_ROOT/series" | head -n 1
}

# Patch file names listed in `series`, in order (comments and blanks skipped).
series_patches() {
	grep -v '^[[:space:]]*#' "$HMMK_ROOT/series" | awk 'NF { print $1 }'
}

# Stage timing: stage_begin NAME; ...; stage_end NAME [status]
# Each finished stage is appended to $HMMK_STAGES_FILE (when set) as
# "name<TAB>seconds<TAB>status".
declare -A _hmmk_t0
stage_begin() { _hmmk_t0[$1]=$(date +%s.%N); info "stage $1: start"; }
stage_end() {
	local t1 secs
	t1=$(date +%s.%N)
	secs=$(awk -v a="${_hmmk_t0[$1]}" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
	info "stage $1: ${2:-ok} in ${secs} s"
	if [ -n "${HMMK_STAGES_FILE:-}" ]; then
		printf '%s\t%s\t%s\n' "$1" "$secs" "${2:-ok}" >> "$HMMK_STAGES_FILE"
	fi
}

# need_pkgs PKG...: install missing Debian packages (root), or print the
# exact apt-get line and stop (not root).
_hmmk_apt_updated=
pkgs_missing() {   # PKG...: those not installed, one per line
	local p
	for p in "$@"; do
		dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed ||
			echo "$p"
	done
}
need_pkgs() {
	local missing=() fd
	mapfile -t missing < <(pkgs_missing "$@")
	[ ${#missing[@]} -eq 0 ] && return 0
	if [ "$(id -u)" -ne 0 ]; then
		die "missing packages: ${missing[*]}; install them with: sudo apt-get install -y ${missing[*]}"
	fi
	# Parts of one verification start at once (the bisect alongside the
	# tests) and may want the same packages: one apt at a time (dpkg's own
	# lock would fail the second), and what the first installed is not
	# asked for again.
	exec {fd}>> /tmp/hmm-kunit-apt.lock
	flock "$fd"
	mapfile -t missing < <(pkgs_missing "${missing[@]}")
	if [ ${#missing[@]} -gt 0 ]; then
		info "installing missing packages from Debian: ${missing[*]}"
		if [ -z "$_hmmk_apt_updated" ]; then
			apt-get update -qq >&2 || die "apt-get update failed: is the Debian archive reachable?"
			_hmmk_apt_updated=1
		fi
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			"${missing[@]}" >&2 || die "apt-get install ${missing[*]} failed"
		info "installed: ${missing[*]}"
	fi
	exec {fd}>&-
}

# Packages every kernel build here needs.
KBUILD_PKGS=(gcc make flex bison bc libelf-dev libssl-dev python3 rsync cpio xz-utils lz4)

# ---- base tree location -------------------------------------------------

# Where the cached Debian base lives (one directory per package version).
base_cache_dir() { echo "$HMMK_CACHE/base"; }

# Print the id of the base in use (used to key work trees and build dirs).
base_id() {
	if [ -n "${KERNEL_SRC:-}" ]; then
		echo "src-$(printf '%s' "$(cd "$KERNEL_SRC" && pwd -P)" | md5sum | cut -c1-10)"
	else
		local v
		v=$(cat "$(base_cache_dir)/current" 2>/dev/null) ||
			die "no base tree yet: run scripts/base first"
		echo "debian-$v"
	fi
}

# Print the path of the base tree (after scripts/base has run).
base_tree() {
	if [ -n "${KERNEL_SRC:-}" ]; then
		(cd "$KERNEL_SRC" && pwd -P)
	else
		local v
		v=$(cat "$(base_cache_dir)/current" 2>/dev/null) ||
			die "no base tree yet: run scripts/base first"
		echo "$(base_cache_dir)/$v/linux"
	fi
}

work_tree() { echo "$HMMK_CACHE/work/$(base_id)/linux"; }
build_dir() { echo "$HMMK_CACHE/build/$(base_id)/$1"; }

# Kernel version "V.P.S" of a tree.
tree_version() {
	awk '/^VERSION =/ { v = $3 } /^PATCHLEVEL =/ { p = $3 } /^SUBLEVEL =/ { s = $3 }
	     END { print v "." p "." s }' "$1/Makefile"
}

# Files touched by the patches of the series (new ones included).
touched_files() {
	local p
	for p in $(series_patches); do
		sed -n 's|^diff --git a/\(.*\) b/.*|\1|p' "$HMMK_ROOT/patches/$p"
	done | sort -u
}

# ---- private apt state ----------------------------------------------------
# The scripts never touch the system's apt configuration: they keep their own
# source list, package lists and download cache under $HMMK_CACHE/apt and
# read only the archive URI from the machine's own apt sources files.

PAPT_DIR="$HMMK_CACHE/apt"

# The Debian archive URI this machine's apt uses (first non-security one).
archive_uri() {
	if [ -n "${HMMK_ARCHIVE_URI:-}" ]; then
		echo "$HMMK_ARCHIVE_URI"
		return
	fi
	local uri
	uri=$( { cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
			 sed -n 's/^URIs:[[:space:]]*//p' | tr ' ' '\n'
		 grep -hs '^[[:space:]]*deb\(-src\)\?[[:space:]]' /etc/apt/sources.list \
			 /etc/apt/sources.list.d/*.list |
			 sed 's/\[[^]]*\]//' | awk '{ print $2 }'
	       } | grep -E '^(https?|file|mirror\+[a-z]+)://' | grep -v -- '-security' |
		 grep -E '/debian/?$' | head -n 1)
	[ -n "$uri" ] || die "no Debian archive URI in /etc/apt/sources.list{,.d/}: set HMMK_ARCHIVE_URI"
	echo "${uri%/}"
}

papt_opts() {
	echo "-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts=$PAPT_DIR/sources" \
	     "-o Dir::State::Lists=$PAPT_DIR/lists -o Dir::Cache=$PAPT_DIR/cache" \
	     "-o Dir::State::Status=/var/lib/dpkg/status -o APT::Sandbox::User=root" \
	     "-o Acquire::Retries=2"
}

# papt_update SUITE [SRC_SUITE]: private lists for "deb SUITE" (and
# "deb-src SRC_SUITE"), refreshed at most once an hour.
papt_update() {
	local suite=$1 src_suite=${2:-} uri stamp out
	uri=$(archive_uri)
	mkdir -p "$PAPT_DIR"/{sources,lists/partial,cache/archives/partial}
	{
		printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: main\n' "$uri" "$suite"
		printf 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
		if [ -n "$src_suite" ]; then
			printf '\nTypes: deb-src\nURIs: %s\nSuites: %s\nComponents: main\n' "$uri" "$src_suite"
			printf 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
		fi
	} > "$PAPT_DIR/sources/hmm-kunit.sources.new"
	stamp="$PAPT_DIR/updated"
	if cmp -s "$PAPT_DIR/sources/hmm-kunit.sources.new" "$PAPT_DIR/sources/hmm-kunit.sources" &&
	   [ -n "$(find "$stamp" -mmin -60 2>/dev/null)" ]; then
		rm -f "$PAPT_DIR/sources/hmm-kunit.sources.new"
		return 0
	fi
	mv "$PAPT_DIR/sources/hmm-kunit.sources.new" "$PAPT_DIR/sources/hmm-kunit.sources"
	# shellcheck disable=SC2046
	if ! out=$(apt-get $(papt_opts) update 2>&1) ||
	   grep -qE '^(E:|W: Failed to fetch|Err:)' <<<"$out"; then
		echo "$out" | grep -E '^(E:|W:|Err:)' | head -n 5 >&2
		die "cannot read the Debian archive at $uri (private apt update for $suite failed)." \
		    "Check the network, or set KERNEL_SRC=/path/to/linux to use your own tree."
	fi
	touch "$stamp"
}

papt() { local cmd=$1; shift; # shellcheck disable=SC2046
	"$cmd" $(papt_opts) "$@"; }

# Run a kernel build command; with HMMK_BUILD_LOCK=FILE set, under flock(1)
# on FILE, so that builds of several worktrees on a small machine take turns.
# The seconds spent waiting for the lock are added to $HMMK_CACHE/lock-wait,
# so that a timed stage can say how much of its time was someone else's build.
kbuild() {
	[ -n "${HMMK_BUILD_LOCK:-}" ] || { "$@"; return; }
	local fd t0 rc=0
	t0=$(date +%s.%N)
	exec {fd}>>"$HMMK_BUILD_LOCK"
	flock "$fd"
	awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f\n", b - a }' \
		>> "$HMMK_CACHE/lock-wait"
	"$@" || rc=$?
	exec {fd}>&-
	return "$rc"
}

# ---- result cache -----------------------------------------------------------
# A check item that passed is remembered under a key made of everything it
# depends on (file contents, the scripts themselves, the base); when the key
# is unchanged the item is reported as passed without being redone. Only
# passes are cached: a failure is always checked again. HMMK_NO_CACHE=1
# (or an empty HMMK_CACHE, as on CI) redoes everything.
result_cache_dir() { echo "$HMMK_CACHE/results/$(base_id)"; }

# content_key ITEM...: a short hash of the ITEMs; an ITEM that is a file
# counts by its contents, anything else by its text.
content_key() {
	local i
	{
		for i in "$@"; do
			if [ -f "$i" ]; then printf 'file %s\n' "${i##*/}"; cat "$i"
			else printf 'text %s\n' "$i"; fi
		done
	} | sha256sum | cut -c1-20
}

# What identifies the base's contents: the Debian package version, or for
# KERNEL_SRC its git HEAD and uncommitted changes (its path otherwise).
base_stamp() {
	if [ -n "${KERNEL_SRC:-}" ] && git -C "$KERNEL_SRC" rev-parse HEAD >/dev/null 2>&1; then
		echo "$(base_id) $(git -C "$KERNEL_SRC" rev-parse HEAD)" \
			"$(git -C "$KERNEL_SRC" status --porcelain -uno | sha256sum | cut -c1-16)"
	elif [ -n "${KERNEL_SRC:-}" ]; then
		# no history to tell what changed: never reuse a result
		echo "$(base_id) uncached-$(date +%s%N)"
	else
		base_id
	fi
}

# cache_get NAME KEY: print the remembered summary and succeed, or fail.
# A hit counts as a use (cache_put keeps the most recently used keys).
cache_get() {
	[ "${HMMK_NO_CACHE:-0}" = 1 ] && return 1
	local f
	f="$(result_cache_dir)/$1.$2"
	[ -f "$f" ] && touch "$f" && cat "$f"
}

# cache_put NAME KEY SUMMARY: remember a pass. NAME keeps its
# HMMK_CACHE_KEYS (default 4) most recently used keys: an edit that is
# undone, or a run of the series as it was, finds its results again.
cache_put() {
	local d f n=0
	d=$(result_cache_dir)
	mkdir -p "$d/$(dirname "$1")"
	printf '%s\n' "$3" > "$d/$1.$2"
	while IFS= read -r f; do
		n=$((n + 1))
		[ "$n" -le "${HMMK_CACHE_KEYS:-4}" ] || rm -f "$f"
	done < <(ls -t "$d/$1".* 2>/dev/null)
}

# ---- coverage instrumentation ----------------------------------------------
# The files of kunit/coverage/floor, one per line.
cov_files() {
	grep -v '^[[:space:]]*#' "$HMMK_ROOT/kunit/coverage/floor" | awk 'NF { print $1 }'
}

# Arguments that every kunit.py build of the test build directories takes
# (scripts/test, scripts/mutate), one per line: the gcov fragment and, for
# each file of kunit/coverage/floor, GCOV_PROFILE_<name>.o=y (Kbuild's
# per-object switch, given on make's command line: no Makefile is edited,
# and only these objects are instrumented).
cov_kunit_args() {
	local o
	printf '%s\n' --kunitconfig "$HMMK_ROOT/kunit/coverage/gcov.kunitconfig"
	cov_make_opts | while IFS= read -r o; do printf '%s\n' --make_options "$o"; done
}
# The make variables alone, one per line (for a plain make in a test build
# directory: read them into an array, they contain spaces). Kbuild keys the
# switch on the object's name only, so each is made conditional on the
# directory ($(obj)): GCOV_PROFILE_memory.o=y alone would instrument
# arch/x86/boot/memory.o too, which the real-mode setup code cannot link.
# Variables given on make's command line with `=` stay recursively expanded
# in every sub-make.
# A file under a tests/ directory without a Makefile of its own (mm/tests)
# is built by its parent's Makefile: $(obj) is the parent and Kbuild's stem
# is tests/<name>.
cov_make_opts() {
	local f d stem
	for f in $(cov_files); do
		d=$(dirname "$f") stem=$(basename "$f" .c)
		if [ "$(basename "$d")" = tests ]; then
			stem="tests/$stem" d=$(dirname "$d")
		fi
		printf 'GCOV_PROFILE_%s.o=$(if $(filter %s,$(obj)),y)\n' "$stem" "$d"
	done
}

# refresh_build TREE BDIR ARCH [plain]: bring the kernel in build directory
# BDIR (configured by kunit.py already) up to date with TREE's sources: an
# incremental make of what kunit.py's build makes, with scripts/test's
# coverage options unless "plain" (a debug or other --name build carries
# none). A no-op when the kernel is current, a relink of what changed
# otherwise. scripts/mutate builds its mutants in these directories and
# restores only the sources, so whatever boots a kernel it did not just
# build (scripts/repeat, scripts/coverage --no-build) calls this first;
# scripts/mutate builds each mutant with it. The make's output goes to
# stdout.
refresh_build() {   # TREE BDIR ARCH [plain]
	local mk=(make -C "$1" O="$2" ARCH="$3" --jobs="$HMMK_JOBS" all)
	[ "${4:-}" = plain ] || mapfile -t -O "${#mk[@]}" mk < <(cov_make_opts)
	kbuild "${mk[@]}"
}

# relink_objects TREE BDIR ARCH [plain] [OBJ...]: rebuild OBJs, then link
# BDIR's kernel with the walk of the tree taken as done (make -o .). Only
# right when nothing but the C files of OBJs changed since BDIR's last
# complete build (with the same options: coverage or plain) and BDIR's
# kernel links each of them: built-in.a and vmlinux.a are thin archives,
# which name their objects instead of copying them, so the link takes the
# new ones. What it saves is the walk of every directory, which finds
# nothing else to do: 2 s of a UML bisect step (two jobs), 5 s of CPU of
# an x86_64 mutant's build (one job). Each object is compiled by the
# command make recorded for it (replay_compile); those it cannot stand for
# are made as single targets (make descends into their directories only).
relink_objects() {
	local t=$1 b=$2 arch=$3 mk o rc left=()
	shift 3
	mk=(make --no-print-directory -C "$b" -f "$t/Makefile" ARCH="$arch" --jobs="$HMMK_JOBS")
	if [ "${1:-}" = plain ]; then shift
	else mapfile -t -O "${#mk[@]}" mk < <(cov_make_opts); fi
	for o in "$@"; do
		rc=0
		kbuild replay_compile "$b" "$o" || rc=$?
		case $rc in
		0) echo "  CC (recorded command) $o" ;;
		3) left+=("$o") ;;
		*) return "$rc" ;;
		esac
	done
	if [ ${#left[@]} -gt 0 ]; then kbuild "${mk[@]}" "${left[@]}" || return; fi
	touch "$b/built-in.a"
	kbuild "${mk[@]}" -o . all
}

# replay_compile BDIR OBJ: compile the C object OBJ (a path relative to
# BDIR) by the command make recorded for it in BDIR/<dir>/.<name>.o.cmd,
# then write that file again with fixdep, as kbuild's rule_cc_o_c does
# (cmd_and_fixdep): the object, its dependencies and its record are what
# make would have left. Only right where make would run that very command,
# that is when the flags are unchanged since (relink_objects' condition).
# It saves make's reading of the Makefiles: mm/hmm.o takes 0.7 s instead
# of 2.3 (UML and x86_64 alike). Status 3, nothing done, when the record
# cannot stand for make's rule: no record, make's escapes ($) in it,
# objtool run on the object (the rule then records objtool as a
# dependency), or a config or option under which the rule does more
# (MODVERSIONS, recordmcount, ThinLTO's saved flags, W=, C=).
replay_compile() {   # BDIR OBJ
	local b=$1 obj=$2 cmdf dep line mk
	cmdf="$b/$(dirname "$obj")/.$(basename "$obj").cmd"
	dep="$(dirname "$obj")/.$(basename "$obj").d"
	[ -f "$cmdf" ] && [ -f "$b/.config" ] || return 3
	[ -z "${KBUILD_EXTRA_WARN:-}${W:-}${C:-}" ] || return 3
	! grep -qE '^CONFIG_(MODVERSIONS|FTRACE_MCOUNT_USE_RECORDMCOUNT|LTO_CLANG_THIN_DIST)=y' \
		"$b/.config" || return 3
	IFS= read -r line < "$cmdf" || return 3
	mk=${line#"savedcmd_$obj := "}
	[ "$mk" != "$line" ] || return 3
	case $mk in
	*'$'*|*objtool*) return 3 ;;
	*" -c -o $obj "*.c|*" -c -o $obj "*.c" "*) ;;
	*) return 3 ;;
	esac
	(cd "$b" && sh -c "$mk") || { rm -f "$b/$dep"; return 1; }
	(cd "$b" && scripts/basic/fixdep "$dep" "$obj" "$mk" > "$cmdf.tmp" &&
		mv "$cmdf.tmp" "$cmdf" && rm -f "$dep")
}

# Posting of each patch: "patch<TAB>posting" lines, from the "# posting:"
# line of the banner above it in `series`.
series_postings() {
	awk '/^# *posting:/ { p = $3; next } /^[[:space:]]*#/ || NF == 0 { next }
	     { print $1 "\t" (p == "" ? "-" : p) }' "$HMMK_ROOT/series"
}

# ---- kernel splats ------------------------------------------------------------
# A splat in the kernel log of a run is a failure, whatever the cases said:
# a WARN or BUG (lockdep, KASAN, sleeping in atomic), "Bad page state",
# "Bad rss-counter", a panic or an oops.
SPLAT_RE='WARNING:|BUG:|Bad page state|Bad rss-counter|Kernel panic|Oops:|general protection fault|UBSAN:|kernel BUG at'
# KCSAN (kunit/debug/x86_64-kcsan.kunitconfig) reports data races anywhere
# in the kernel; a report is ours, a splat, when its title names a function
# of the code under test (mm/hmm.c, mm/migrate_device.c, mm/mmu_notifier.c,
# the reference driver, the suites): "BUG: KCSAN: data-race in A / B".
KCSAN_OURS_RE='BUG: KCSAN: [a-z-]+ in (.* )?_*(hmm|migrate_vma|migrate_device|mmu_notifier|mmu_interval|kt|mn)_'
# splats LOG: the first splat lines of a kernel log (empty: none).
splats() {
	grep -nE "$SPLAT_RE" "$1" 2>/dev/null |
		awk -v o="$KCSAN_OURS_RE" '!/BUG: KCSAN: / || $0 ~ o' | head -n 5 || true
}
# kcsan_elsewhere LOG: the titles of the KCSAN reports that are not ours,
# one per line, each once (they do not fail a run; scripts/test lists them).
kcsan_elsewhere() {
	grep -oE 'BUG: KCSAN: .*' "$1" 2>/dev/null | grep -vE "$KCSAN_OURS_RE" | sort -u || true
}

# A kunitconfig's "# qemu_args: ..." line: extra QEMU options its run target
# needs (kunit.py --qemu_args), e.g. a machine with an emulated IOMMU.
kunitconfig_qemu_args() {   # KUNITCONFIG
	sed -n 's/^# *qemu_args: *//p' "$1" | head -n 1
}

# A kunitconfig's "# kernel_args: ..." line: kernel command line options
# its runs pass (kunit.py --kernel_args, one per word), e.g. the rounds of a
# case that is skipped unless asked for. Printed one per line.
kunitconfig_kernel_args() {   # KUNITCONFIG
	sed -n 's/^# *kernel_args: *//p' "$1" | head -n 1 | tr -s ' ' '\n' | sed '/^$/d'
}

# scripts/mutate writes $BDIR/hmmk-mutant (the object of the file it
# mutated) before building a mutant and removes it once the file is
# restored and that object deleted. A mutate that was killed (SIGKILL, a
# reboot) leaves it behind, and with it an object built from the mutant
# that make would keep (scripts/apply gives the restored file its old
# mtime back): delete that object before building in BDIR again.
clear_interrupted_mutant() {   # BDIR
	local m="$1/hmmk-mutant" key obj
	[ -f "$m" ] || return 0
	while read -r key obj; do
		[ "$key" = obj ] && [ -n "$obj" ] || continue
		warn "$1: deleting $obj, built from a mutant of an interrupted scripts/mutate"
		rm -f "$1/$obj"
	done < "$m"
	rm -f "$m"
}

# The kunitconfig file a command line names: a path, or a bare name
# ("um", "x86_64") for kunit/<name>.kunitconfig.
kunitconfig_path() {   # NAME-OR-PATH
	local cfg=$1
	case "$cfg" in
	*/*|*.kunitconfig) ;;
	*) cfg="$HMMK_ROOT/kunit/$cfg.kunitconfig" ;;
	esac
	[ -f "$cfg" ] || die "no such kunitconfig: $cfg"
	realpath "$cfg"
}

# Complete the kunit.py command in the array KCMD for the run target ARCH
# of kunitconfig CFG: for a QEMU target, --arch, the kunitconfig's
# qemu_args and, with NO_KVM=1, a wrapper that hides /dev/kvm (QEMU's
# "-accel kvm" then falls back to TCG). scripts/test, scripts/repeat.
kunit_target_cmd() {   # ARCH CFG NO_KVM
	local arch=$1 cfg=$2 no_kvm=$3 qa
	[ "$arch" = um ] && return 0
	need_pkgs qemu-system-x86
	KCMD+=(--arch "$arch")
	qa=$(kunitconfig_qemu_args "$cfg")
	[ -z "$qa" ] || KCMD+=(--qemu_args "$qa")
	if [ "$no_kvm" = 1 ] && [ -e /dev/kvm ]; then
		[ "$(id -u)" -eq 0 ] || die "--no-kvm needs root (unshare -m + bind mount over /dev/kvm)"
		KCMD=(unshare -m sh -c 'mount --bind /dev/null /dev/kvm && exec "$@"' sh "${KCMD[@]}")
	fi
}
