// CReadline: the C side of clusterlab's line editor.
//
// Swift 6 treats every mutable C global as shared mutable state, so reading or
// assigning `rl_readline_name`, `rl_done`, `history_comment_char` … from Swift is
// a concurrency error. All such access goes through the `static inline` helpers
// below (prefix `crl_`); Swift code (Sources/LineEditing/LineEditor.swift, the only
// importer) calls these helpers and readline's plain functions, and never names a
// readline global itself.
//
// Everything here runs on the thread that calls readline(); readline itself is
// single-threaded.
#ifndef CREADLINE_SHIM_H
#define CREADLINE_SHIM_H

// readline.h uses FILE but does not include stdio.h itself.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <readline/readline.h>
#include <readline/history.h>

/// Configures readline for one application. Strings are copied with strdup and
/// intentionally never freed: readline keeps pointers to them for the life of the
/// process. Call once, before the first readline() (the inputrc is read then,
/// so `$if <name>` sections and the user's settings override ours).
///
/// - name: rl_readline_name, matched by `$if name` in inputrc.
/// - word_breaks: characters that end the word being completed.
/// - quote_chars: characters that open a string in which breaks don't apply.
/// - filename_quote_chars: a completed file name containing one of these is quoted.
/// - completer: the attempted-completion function (called on Tab).
/// - hook: polled about every 100 ms while readline waits for input, and after a
///   signal; used to end readline() after Ctrl-C.
static inline void crl_configure(const char *name,
                                 const char *word_breaks,
                                 const char *quote_chars,
                                 const char *filename_quote_chars,
                                 rl_completion_func_t *completer,
                                 rl_hook_func_t *hook) {
    char *copy;
    if (name != NULL && (copy = strdup(name)) != NULL)
        rl_readline_name = copy;
    if (word_breaks != NULL && (copy = strdup(word_breaks)) != NULL) {
        rl_basic_word_break_characters = copy;
        rl_completer_word_break_characters = copy;
    }
    if (quote_chars != NULL && (copy = strdup(quote_chars)) != NULL)
        rl_completer_quote_characters = copy;
    if (filename_quote_chars != NULL && (copy = strdup(filename_quote_chars)) != NULL)
        rl_filename_quote_characters = copy;
    rl_attempted_completion_function = completer;
    rl_event_hook = hook;
    rl_signal_event_hook = hook;
    // Readline installs its own SIGINT handler only while readline() runs; it echoes
    // ^C, cleans up the terminal and then re-raises SIGINT to the application's handler.
    rl_catch_signals = 1;
    rl_catch_sigwinch = 1;
    // List the candidates on the first Tab instead of ringing the bell.
    rl_variable_bind("show-all-if-ambiguous", "on");
}

/// History settings that make a multi-line entry survive a round trip through a
/// history file (engineering notes A1.4 pitfall 7): timestamps are written as
/// `#<seconds>` lines that separate entries. The comment character must be '#'
/// before any add_history(), or the timestamp strings start with NUL.
static inline void crl_configure_history(int limit) {
    using_history();
    history_comment_char = '#';
    history_write_timestamps = 1;
    history_multiline_entries = 1;
    if (limit >= 0)
        stifle_history(limit);
}

/// The newest in-memory history entry's text, or NULL if the history is empty.
static inline const char *crl_last_history_line(void) {
    if (history_length <= 0)
        return NULL;
    HIST_ENTRY *entry = history_get(history_base + history_length - 1);
    return entry != NULL ? entry->line : NULL;
}

/// Makes readline() return as soon as it next checks `rl_done`; the caller reports
/// the line as interrupted and drops it. The text stays on the screen with its ^C and
/// the cursor goes to its end first, so the next prompt starts below the whole entry:
/// emptying the line instead would redraw only the first row of a multi-line entry
/// recalled with Up, and the next prompt would overwrite the rows below it.
static inline void crl_abort_line(void) {
    rl_point = rl_end;
    rl_redisplay();
    rl_done = 1;
}

/// Tells readline not to fall back to completing file names in the current
/// directory when the attempted-completion function returns no matches
/// (pitfall 4). Must be called from inside the completion function.
static inline void crl_no_filename_fallback(void) {
    rl_attempted_completion_over = 1;
}

/// The line buffer (never NULL; "" before readline has started).
static inline const char *crl_line_buffer(void) {
    return rl_line_buffer != NULL ? rl_line_buffer : "";
}

/// The cursor position in the line buffer, in bytes, clamped to 0...rl_end.
static inline int crl_point(void) {
    if (rl_line_buffer == NULL || rl_point < 0)
        return 0;
    return rl_point <= rl_end ? rl_point : rl_end;
}

/// Completes `text` as a file name (tilde expansion, trailing '/' on directories,
/// closing quote inside an open string). Returns a readline-owned match list or NULL.
static inline char **crl_complete_filenames(const char *text) {
    return rl_completion_matches(text, rl_filename_completion_function);
}

/// Completes `text` from a generator; returns a match list (with the common prefix
/// first, as readline wants) or NULL when the generator yields nothing.
static inline char **crl_complete_with(const char *text, rl_compentry_func_t *generator) {
    return rl_completion_matches(text, generator);
}

/// Re-reads the terminal size (it may have changed while readline was not
/// running, when readline's SIGWINCH handler is not installed). A no-op before
/// readline has initialised its input stream.
static inline void crl_refresh_screen_size(void) {
    if (rl_instream != NULL)
        rl_reset_screen_size();
}

/// Whether readline's last readline() call ended because it read EOF (Ctrl-D).
static inline int crl_eof_found(void) {
    return rl_eof_found;
}

/// Writes text where readline draws (rl_outstream, stdout by default) and flushes,
/// so it lands in order with readline's own output.
static inline void crl_write_output(const char *text) {
    FILE *out = rl_outstream != NULL ? rl_outstream : stdout;
    fputs(text, out);
    fflush(out);
}

/// Writes a message to stderr.
static inline void crl_write_error(const char *text) {
    fputs(text, stderr);
    fflush(stderr);
}

#endif
