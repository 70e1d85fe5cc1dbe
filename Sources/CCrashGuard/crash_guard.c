#include "crash_guard.h"

#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

// Everything the handler touches is static and written before the handlers are
// installed (messages) or is a single word (language, hook): no allocation, no locks,
// no stdio in the handler; only write(2) and _exit(2), both async-signal-safe.

enum { LANGUAGES = 2, SIGNAL_SLOTS = 65, MESSAGE_BYTES = 512 };

static char messages[LANGUAGES][SIGNAL_SLOTS][MESSAGE_BYTES];
static size_t message_lengths[LANGUAGES][SIGNAL_SLOTS];
static volatile sig_atomic_t language = 0;
static void (*volatile restore_hook)(void) = NULL;
static volatile int crashing = 0;

static const int guarded_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
#define GUARDED_COUNT (sizeof guarded_signals / sizeof guarded_signals[0])

// 64 KiB: the handler needs little, but the hook (endwin) writes through ncurses.
static char alternate_stack[64 * 1024];

int dexuat_crash_guard_set_message(int lang, int signal_number, const char *bytes, size_t length) {
    if (lang < 0 || lang >= LANGUAGES || signal_number <= 0 || signal_number >= SIGNAL_SLOTS || bytes == NULL) return -1;
    if (length > MESSAGE_BYTES) length = MESSAGE_BYTES;
    memcpy(messages[lang][signal_number], bytes, length);
    message_lengths[lang][signal_number] = length;
    return 0;
}

void dexuat_crash_guard_set_language(int lang) {
    if (lang >= 0 && lang < LANGUAGES) language = lang;
}

void dexuat_crash_guard_set_restore_hook(void (*hook)(void)) { restore_hook = hook; }

static void write_all(const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t written = write(STDERR_FILENO, bytes, length);
        if (written <= 0) return;
        bytes += written;
        length -= (size_t)written;
    }
}

static void crash_handler(int signal_number, siginfo_t *info, void *context) {
    (void)info;
    (void)context;
    // A second thread crashing meanwhile waits for the first to end the process.
    if (__atomic_exchange_n(&crashing, 1, __ATOMIC_SEQ_CST)) {
        for (;;) pause();
    }
    void (*hook)(void) = restore_hook;
    if (hook != NULL) hook();
    int lang = language;
    if (lang < 0 || lang >= LANGUAGES) lang = 0;
    if (signal_number > 0 && signal_number < SIGNAL_SLOTS && message_lengths[lang][signal_number] > 0) {
        write_all(messages[lang][signal_number], message_lengths[lang][signal_number]);
    }
    _exit(DEXUAT_CRASH_EXIT_CODE);
}

int dexuat_crash_guard_install(void) {
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_sp = alternate_stack;
    stack.ss_size = sizeof alternate_stack;
    stack.ss_flags = 0;
    (void)sigaltstack(&stack, NULL);

    int taken = 0;
    for (size_t i = 0; i < GUARDED_COUNT; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_sigaction = crash_handler;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        // While one signal is handled, the others wait: one message, one exit.
        sigemptyset(&action.sa_mask);
        for (size_t k = 0; k < GUARDED_COUNT; k++) sigaddset(&action.sa_mask, guarded_signals[k]);
        if (sigaction(guarded_signals[i], &action, NULL) == 0) taken++;
    }
    // A blocked mask is inherited across exec (a test runner, a service manager may block
    // SIGABRT): blocked, a raised or sent signal would wait forever instead of ending here.
    sigset_t guarded;
    sigemptyset(&guarded);
    for (size_t k = 0; k < GUARDED_COUNT; k++) sigaddset(&guarded, guarded_signals[k]);
    (void)sigprocmask(SIG_UNBLOCK, &guarded, NULL);
    return taken;
}

int dexuat_crash_guard_is_installed_for(int signal_number) {
    struct sigaction current;
    if (sigaction(signal_number, NULL, &current) != 0) return 0;
    return (current.sa_flags & SA_SIGINFO) && current.sa_sigaction == crash_handler;
}
