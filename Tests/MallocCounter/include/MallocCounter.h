#include <stddef.h>

/// How many times this thread has called malloc, calloc, realloc or an aligned allocation.
long malloc_counter_value(void);

/// The bytes of heap in use by the whole process, as the allocator counts them.
size_t malloc_counter_heap_in_use(void);
