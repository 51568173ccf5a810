// SPDX-License-Identifier: GPL-2.0
/*
 * Large device folio migration benchmark of the hmm-kunit repository
 * (bench/).  Not part of the patch stack: scripts/bench-migrate copies this
 * file next to mm/tests/hmm_ref.c in a copy of the patched tree, with one
 * Kconfig and one Makefile line, builds it for x86_64 (THP migration) and
 * boots it several times.
 *
 * Each round maps one PMD-aligned 2 MiB range with MADV_HUGEPAGE, writes
 * it (a THP when one can be allocated), and times moving it to a fresh
 * hmm_ref device and back to system memory, each direction on its own,
 * for each way the reference driver treats large folios:
 *
 *   large  one large device folio (MIGRATE_VMA_SELECT_COMPOUND, whole)
 *   split  order-0 device pages for a whole source (the kernel splits it)
 *   none   not selected whole (migrate_vma_setup() splits the THP)
 *
 * Output, one line per mode:
 *
 *   migrate_bench: <mode> rounds N to-device us/2MiB median A to-system
 *   us/2MiB median B large-to-device L large-to-system S
 *
 * with the medians in microseconds, L and S the large folios the driver
 * allocated over all rounds (in "large" mode, L < N means some rounds had
 * no THP to start from).
 */
#include <kunit/test.h>
#include <linux/hmm.h>
#include <linux/ktime.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sort.h>
#include <linux/uaccess.h>

#include "hmm_ref.h"

#define MB_ROUNDS	9

static const char * const mb_mode_name[] = { "large", "split", "none" };

static int mb_cmp(const void *a, const void *b)
{
	u64 x = *(const u64 *)a, y = *(const u64 *)b;

	return x < y ? -1 : x > y;
}

static void mb_round(struct kunit *test, enum hmm_ref_large mode,
		     u64 *to_dev, u64 *to_sys, struct hmm_ref_stats *total)
{
	struct hmm_ref_device *hdev = hmm_ref_create(NULL);
	struct hmm_ref_stats st;
	unsigned long addr, start, len = 2 * PMD_SIZE;
	long ret;
	u64 t0;

	KUNIT_ASSERT_FALSE(test, IS_ERR(hdev));
	hmm_ref_set_large(hdev, mode);
	start = vm_mmap(NULL, 0, len, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(start));
	addr = ALIGN(start, PMD_SIZE);
	KUNIT_ASSERT_EQ(test, do_madvise(current->mm, addr, PMD_SIZE,
					 MADV_HUGEPAGE), 0);
	KUNIT_ASSERT_EQ(test, clear_user((void __user *)addr, PMD_SIZE), 0);
	t0 = ktime_get_ns();
	ret = hmm_ref_migrate_to_device(hdev, current->mm, addr,
					addr + PMD_SIZE);
	*to_dev = ktime_get_ns() - t0;
	KUNIT_EXPECT_EQ(test, ret, PMD_SIZE >> PAGE_SHIFT);

	t0 = ktime_get_ns();
	ret = hmm_ref_migrate_to_system(hdev, current->mm, addr,
					addr + PMD_SIZE);
	*to_sys = ktime_get_ns() - t0;
	KUNIT_EXPECT_EQ(test, ret, PMD_SIZE >> PAGE_SHIFT);

	hmm_ref_get_stats(hdev, &st);
	total->large_to_device += st.large_to_device;
	total->large_to_system += st.large_to_system;
	vm_munmap(start, len);
	KUNIT_EXPECT_EQ(test, hmm_ref_destroy(hdev), 0);
}

static void migrate_bench_run(struct kunit *test)
{
	u64 dev[MB_ROUNDS], sys[MB_ROUNDS];
	int mode, r;

	if (!hmm_ref_large_supported())
		kunit_skip(test, "no THP migration");
	/* The rounds map their ranges in an address space of the test's. */
	KUNIT_ASSERT_EQ(test, kunit_attach_mm(), 0);
	for (mode = HMM_REF_LARGE; mode <= HMM_REF_LARGE_NONE; mode++) {
		struct hmm_ref_stats total = {};

		for (r = 0; r < MB_ROUNDS; r++)
			mb_round(test, mode, &dev[r], &sys[r], &total);
		sort(dev, MB_ROUNDS, sizeof(dev[0]), mb_cmp, NULL);
		sort(sys, MB_ROUNDS, sizeof(sys[0]), mb_cmp, NULL);
		kunit_info(test, "migrate_bench: %s rounds %d to-device us/2MiB median %llu to-system us/2MiB median %llu large-to-device %lu large-to-system %lu\n",
			   mb_mode_name[mode], MB_ROUNDS,
			   dev[MB_ROUNDS / 2] / 1000, sys[MB_ROUNDS / 2] / 1000,
			   total.large_to_device, total.large_to_system);
	}
}

static struct kunit_case migrate_bench_cases[] = {
	KUNIT_CASE_SLOW(migrate_bench_run),
	{}
};

static struct kunit_suite migrate_bench_suite = {
	.name = "migrate_large_bench",
	.test_cases = migrate_bench_cases,
};
kunit_test_suite(migrate_bench_suite);

MODULE_DESCRIPTION("large device folio migration benchmark (hmm-kunit bench, not for merging)");
MODULE_LICENSE("GPL");
