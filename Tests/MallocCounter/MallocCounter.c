// Counts heap allocations per thread. In a plain build it interposes the allocator's entry points
// in the test executable and forwards to glibc's own implementations. Under AddressSanitizer or
// ThreadSanitizer the sanitizer owns malloc: memory taken from glibc behind its back and freed
// through it crashes the run, so there the count comes from the sanitizer's allocation hook.
#include "MallocCounter.h"
#include <stdlib.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define MALLOC_COUNTER_SANITIZER_HOOKS 1
#endif
#endif

static _Thread_local long allocations;

long malloc_counter_value(void) {
    return allocations;
}

#ifdef MALLOC_COUNTER_SANITIZER_HOOKS

extern int __sanitizer_install_malloc_and_free_hooks(void (*malloc_hook)(const volatile void *, size_t),
                                                     void (*free_hook)(const volatile void *));

static void count_allocation(const volatile void *pointer, size_t size) {
    (void)pointer;
    (void)size;
    allocations++;
}

// The sanitizers install no hook pair that lacks either half.
static void ignore_free(const volatile void *pointer) {
    (void)pointer;
}

__attribute__((constructor)) static void install_hooks(void) {
    __sanitizer_install_malloc_and_free_hooks(count_allocation, ignore_free);
}

#else

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *pointer, size_t size);
extern void *__libc_memalign(size_t alignment, size_t size);

void *malloc(size_t size) {
    allocations++;
    return __libc_malloc(size);
}

void *calloc(size_t count, size_t size) {
    allocations++;
    return __libc_calloc(count, size);
}

void *realloc(void *pointer, size_t size) {
    allocations++;
    return __libc_realloc(pointer, size);
}

int posix_memalign(void **result, size_t alignment, size_t size) {
    allocations++;
    void *p = __libc_memalign(alignment, size);
    if (!p) return 12;
    *result = p;
    return 0;
}

void *aligned_alloc(size_t alignment, size_t size) {
    allocations++;
    return __libc_memalign(alignment, size);
}

#endif
