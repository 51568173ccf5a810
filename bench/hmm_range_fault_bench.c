// SPDX-License-Identifier: GPL-2.0
/*
 * hmm_range_fault() benchmark of the hmm-kunit repository (bench/).
 *
 * Not part of the patch stack: scripts/bench-hmm copies this file, with the
 * same Kconfig and Makefile lines, into a stock tree and into the patched
 * tree, builds both for UML and boots them in turn, so that the two
 * kernels run the same benchmark code side by side.
 *
 * Each case maps HMM_BENCH_NPAGES of anonymous memory, populates a pattern
 * of pages (none, all, every other one, every 16th), and times one
 * hmm_range_fault() call over the range with a request: default_flags only
 * (read or write fault for every page, what every in-tree caller does), or
 * per-page requests through pfn_flags_mask (every page, or every other page
 * asking for a read fault). The range is mapped anew for every round; only
 * the hmm_range_fault() call is timed. Output, one line per case:
 *
 *   hmm_bench: <pattern> <request> rounds N ns/page min A median B retries R
 *
 * in hundredths of a nanosecond per page (A and B are integers: 1234 means
 * 12.34 ns/page).
 */
#include <kunit/test.h>
#include <linux/hmm.h>
#include <linux/ktime.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/mmu_notifier.h>
#include <linux/sort.h>
#include <linux/uaccess.h>

#define HMM_BENCH_NPAGES	2048
#define HMM_BENCH_ROUNDS	9

enum hmm_bench_pattern { HB_FRESH, HB_FULL, HB_HALF, HB_SPARSE16, HB_NPATTERNS };
enum hmm_bench_request { HB_DEF_READ, HB_DEF_READ_OWNER, HB_DEF_WRITE, HB_PP_ALL, HB_PP_HALF,
			 HB_NREQUESTS };

static const char * const hb_pattern_name[] = {
	"fresh", "fully-mapped", "half-populated", "sparse-1-in-16",
};
static const char * const hb_request_name[] = {
	"default-read", "default-read-owner", "default-write", "per-page-all-read",
	"per-page-half-read",
};

/* A dev_private_owner, as drivers with device private memory pass one. */
static int hb_owner;

static bool hb_invalidate(struct mmu_interval_notifier *mni,
			  const struct mmu_notifier_range *range,
			  unsigned long cur_seq)
{
	/* One thread: nothing to serialize against. */
	mmu_interval_set_seq(mni, cur_seq);
	return true;
}

static const struct mmu_interval_notifier_ops hb_ops = {
	.invalidate = hb_invalidate,
};

static int hb_cmp(const void *a, const void *b)
{
	u64 x = *(const u64 *)a, y = *(const u64 *)b;

	return x < y ? -1 : x > y;
}

static u64 hb_round(struct kunit *test, enum hmm_bench_pattern pat,
		    enum hmm_bench_request req, unsigned long *pfns,
		    unsigned int *retries)
{
	struct mmu_interval_notifier mn;
	unsigned long addr, i, len = HMM_BENCH_NPAGES * PAGE_SIZE;
	struct hmm_range range = {
		.notifier = &mn,
		.hmm_pfns = pfns,
	};
	u64 t0, t1 = 0, best = U64_MAX;
	int ret, tries;

	addr = kunit_vm_mmap(test, NULL, 0, len, PROT_READ | PROT_WRITE,
			     MAP_PRIVATE | MAP_ANONYMOUS, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(addr) || !addr);
	for (i = 0; i < HMM_BENCH_NPAGES; i++) {
		char one = 1;
		bool touch = pat == HB_FULL || (pat == HB_HALF && i % 2) ||
			     (pat == HB_SPARSE16 && i % 16 == 15);

		if (touch)
			KUNIT_ASSERT_EQ(test, copy_to_user((void __user *)(addr + i * PAGE_SIZE),
							   &one, 1), 0);
	}
	KUNIT_ASSERT_EQ(test, mmu_interval_notifier_insert(&mn, current->mm, addr,
							   len, &hb_ops), 0);
	range.start = addr;
	range.end = addr + len;
	switch (req) {
	case HB_DEF_READ:
		range.default_flags = HMM_PFN_REQ_FAULT;
		break;
	case HB_DEF_READ_OWNER:
		range.default_flags = HMM_PFN_REQ_FAULT;
		range.dev_private_owner = &hb_owner;
		break;
	case HB_DEF_WRITE:
		range.default_flags = HMM_PFN_REQ_FAULT | HMM_PFN_REQ_WRITE;
		break;
	case HB_PP_ALL:
	case HB_PP_HALF:
		range.pfn_flags_mask = HMM_PFN_REQ_FAULT | HMM_PFN_REQ_WRITE;
		break;
	default:
		break;
	}
	for (tries = 0; tries < 16; tries++) {
		for (i = 0; i < HMM_BENCH_NPAGES; i++)
			pfns[i] = (req == HB_PP_ALL || (req == HB_PP_HALF && i % 2 == 0)) ?
				  HMM_PFN_REQ_FAULT : 0;
		range.notifier_seq = mmu_interval_read_begin(&mn);
		mmap_read_lock(current->mm);
		t0 = ktime_get_ns();
		ret = hmm_range_fault(&range);
		t1 = ktime_get_ns() - t0;
		mmap_read_unlock(current->mm);
		if (ret == -EBUSY) {
			(*retries)++;
			continue;
		}
		KUNIT_EXPECT_EQ(test, ret, 0);
		best = t1;
		break;
	}
	mmu_interval_notifier_remove(&mn);
	vm_munmap(addr, len);
	KUNIT_EXPECT_NE(test, best, U64_MAX);
	return best;
}

static void hmm_bench_run(struct kunit *test)
{
	unsigned long *pfns;
	u64 t[HMM_BENCH_ROUNDS];
	int pat, req, r;

	pfns = kunit_kcalloc(test, HMM_BENCH_NPAGES, sizeof(*pfns), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, pfns);
	for (pat = 0; pat < HB_NPATTERNS; pat++) {
		for (req = 0; req < HB_NREQUESTS; req++) {
			unsigned int retries = 0;

			for (r = 0; r < HMM_BENCH_ROUNDS; r++)
				t[r] = hb_round(test, pat, req, pfns, &retries);
			sort(t, HMM_BENCH_ROUNDS, sizeof(t[0]), hb_cmp, NULL);
			kunit_info(test, "hmm_bench: %s %s rounds %d ns/page min %llu median %llu retries %u\n",
				   hb_pattern_name[pat], hb_request_name[req],
				   HMM_BENCH_ROUNDS,
				   t[0] * 100 / HMM_BENCH_NPAGES,
				   t[HMM_BENCH_ROUNDS / 2] * 100 / HMM_BENCH_NPAGES,
				   retries);
		}
	}
}

static struct kunit_case hmm_bench_cases[] = {
	KUNIT_CASE_SLOW(hmm_bench_run),
	{}
};

static struct kunit_suite hmm_bench_suite = {
	.name = "hmm_bench",
	.test_cases = hmm_bench_cases,
};
kunit_test_suite(hmm_bench_suite);

MODULE_DESCRIPTION("hmm_range_fault() benchmark (hmm-kunit bench, not for merging)");
MODULE_LICENSE("GPL");
