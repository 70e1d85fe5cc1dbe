#ifndef DEXUAT_CRASH_GUARD_H
#define DEXUAT_CRASH_GUARD_H
#include <stddef.h>

// What a user sees when the process crashes (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT,
// SIGFPE): the terminal restored, one pre-rendered line written with write(2), _exit with
// DEXUAT_CRASH_EXIT_CODE. Installed early in main, after the Swift runtime has put its
// own backtracer's handlers in place, so these replace them.

#define DEXUAT_CRASH_EXIT_CODE 70

// Copies a message for `language` (0 Vietnamese, 1 English) and `signal_number`; call
// before install. Longer messages are cut at the buffer's size. Returns 0, or -1 for a
// language or signal out of range.
int dexuat_crash_guard_set_message(int language, int signal_number, const char *bytes, size_t length);

// The language of the message, decided once the command line is read.
void dexuat_crash_guard_set_language(int language);

// An async-signal-safe function that puts the terminal back (or does nothing when it
// was never taken); called first in the handler. NULL for none.
void dexuat_crash_guard_set_restore_hook(void (*hook)(void));

// An alternate signal stack for the calling thread (so that a stack overflow still
// reaches the handler) and the handlers for the six signals. Returns how many signals
// were taken over.
int dexuat_crash_guard_install(void);

// The handler currently in place for a signal is this guard's.
int dexuat_crash_guard_is_installed_for(int signal_number);

#endif
