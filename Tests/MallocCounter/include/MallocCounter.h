#include <stddef.h>

/// How many times this thread has called malloc, calloc, realloc or an aligned allocation.
long malloc_counter_value(void);
