#ifndef DEXUAT_CNCURSESW_SHIM_H
#define DEXUAT_CNCURSESW_SHIM_H
// Wide-character ncurses. _XOPEN_SOURCE_EXTENDED exposes get_wch, cchar_t and the
// other wide calls; setting it here avoids pkg-config flags SwiftPM refuses.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// stdscr is a mutable C global that Swift 6 rejects as unsafe: read it through here.
static inline WINDOW *dexuat_stdscr(void) { return stdscr; }
static inline WINDOW *dexuat_curscr(void) { return curscr; }
static inline int dexuat_lines(void) { return LINES; }
static inline int dexuat_cols(void) { return COLS; }
static inline int dexuat_colors(void) { return COLORS; }
static inline int dexuat_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *dexuat_stdout(void) { return stdout; }
static inline FILE *dexuat_stdin(void) { return stdin; }
// The C library's idea of a character's width (what ncurses uses); wcwidth is declared
// only under _XOPEN_SOURCE, which we do not set globally.
extern int wcwidth(wchar_t c);
static inline int dexuat_wcwidth(wchar_t c) { return wcwidth(c); }
static inline const char *dexuat_codeset(void) { return nl_langinfo(CODESET); }

// Attribute macros are built from NCURSES_BITS, which Swift does not import.
static inline attr_t dexuat_attr_bold(void) { return A_BOLD; }
static inline attr_t dexuat_attr_dim(void) { return A_DIM; }
static inline attr_t dexuat_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t dexuat_attr_reverse(void) { return A_REVERSE; }

// ---------------------------------------------------------------------------------
// Restoring the terminal on every exit path (shutdown, exit, fatal signals).
//
// This lives in C because it runs inside signal handlers: it touches only these two
// statics, a flag and the dispositions saved at install time, and calls endwin() and
// write(). endwin() is not formally async-signal-safe, but it is what ncurses' own
// handlers and htop do, and a terminal left in raw mode is worse. The state is
// written by the one thread that owns the terminal before any handler is installed.
//
// The statics live inside functions because Swift's C importer emits a header's inline
// functions with their local statics, but not file-scope statics.
static inline volatile sig_atomic_t *dexuat_terminal_active(void) {
    static volatile sig_atomic_t active = 0;
    return &active;
}
static inline volatile sig_atomic_t *dexuat_handlers_installed(void) {
    static volatile sig_atomic_t installed = 0;
    return &installed;
}
static inline struct sigaction *dexuat_previous_actions(void) {
    static struct sigaction actions[NSIG];
    return actions;
}

static inline void dexuat_set_terminal_active(int active) { *dexuat_terminal_active() = active; }

// endwin, bracketed paste off, cursor visible. Idempotent.
static inline void dexuat_restore_terminal(void) {
    if (!*dexuat_terminal_active()) return;
    *dexuat_terminal_active() = 0;
    endwin();
    static const char reset[] = "\033[?2004l\033[?25h";
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
}

// Restores the terminal, puts back the disposition found at install time and raises
// the signal again, so the previous handler (or the default action: exit, core dump)
// still happens.
static inline void dexuat_restoring_signal_handler(int signal_number) {
    dexuat_restore_terminal();
    if (signal_number > 0 && signal_number < NSIG) {
        sigaction(signal_number, &dexuat_previous_actions()[signal_number], NULL);
    }
    raise(signal_number);
}

static const int dexuat_fatal_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL };

static inline void dexuat_install_restore_handlers(void) {
    if (*dexuat_handlers_installed()) return;
    for (size_t i = 0; i < sizeof dexuat_fatal_signals / sizeof dexuat_fatal_signals[0]; i++) {
        int sig = dexuat_fatal_signals[i];
        struct sigaction previous;
        if (sigaction(sig, NULL, &previous) != 0) continue;
        dexuat_previous_actions()[sig] = previous;
        // A signal the parent ignores (nohup) stays ignored.
        if (!(previous.sa_flags & SA_SIGINFO) && previous.sa_handler == SIG_IGN) continue;
        struct sigaction ours;
        memset(&ours, 0, sizeof ours);
        ours.sa_handler = dexuat_restoring_signal_handler;
        // On the alternate stack when one is set (dexuat's crash guard sets one): after a
        // stack overflow, the faulting stack has no room for this handler.
        ours.sa_flags = SA_ONSTACK;
        sigemptyset(&ours.sa_mask);
        sigaction(sig, &ours, NULL);
    }
    static int exit_hook_added = 0;
    if (!exit_hook_added) {
        exit_hook_added = 1;
        atexit(dexuat_restore_terminal);
    }
    *dexuat_handlers_installed() = 1;
}

static inline void dexuat_uninstall_restore_handlers(void) {
    if (!*dexuat_handlers_installed()) return;
    for (size_t i = 0; i < sizeof dexuat_fatal_signals / sizeof dexuat_fatal_signals[0]; i++) {
        int sig = dexuat_fatal_signals[i];
        sigaction(sig, &dexuat_previous_actions()[sig], NULL);
    }
    *dexuat_handlers_installed() = 0;
}

// Stops the process as C-z would in cooked mode, with the default SIGTSTP action (not
// ncurses' own handler), and returns when the shell resumes it.
static inline void dexuat_stop_self(void) {
    struct sigaction previous, deflt;
    memset(&deflt, 0, sizeof deflt);
    deflt.sa_handler = SIG_DFL;
    sigemptyset(&deflt.sa_mask);
    sigaction(SIGTSTP, &deflt, &previous);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &previous, NULL);
}
#endif
