#ifndef DEXUAT_CNCURSESW_SHIM_H
#define DEXUAT_CNCURSESW_SHIM_H
// Wide-character ncurses. _XOPEN_SOURCE_EXTENDED exposes get_wch, cchar_t and the
// other wide calls; setting it here avoids pkg-config flags SwiftPM refuses.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// stdscr is a mutable C global that Swift 6 rejects as unsafe: read it through here.
static inline WINDOW *dexuat_stdscr(void) { return stdscr; }
static inline int dexuat_lines(void) { return LINES; }
static inline int dexuat_cols(void) { return COLS; }
#endif
