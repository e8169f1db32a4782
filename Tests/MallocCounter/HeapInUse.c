// The bytes of heap in use, from whichever allocator owns malloc in this build.
#include "MallocCounter.h"
#include <malloc.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define HEAP_IN_USE_FROM_SANITIZER 1
#endif
#endif

#ifdef HEAP_IN_USE_FROM_SANITIZER
extern size_t __sanitizer_get_current_allocated_bytes(void);
#endif

size_t malloc_counter_heap_in_use(void) {
#ifdef HEAP_IN_USE_FROM_SANITIZER
    return __sanitizer_get_current_allocated_bytes();
#else
    // glibc's figures over every arena: small blocks in use, and blocks mapped on their own.
    struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
#endif
}
