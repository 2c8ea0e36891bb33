#!/usr/bin/env bash
# repl-check.sh: check the interactive clusterlab REPL in a real terminal (tmux), as
# described in repl-conventions.md §6.1: a private tmux server (-L cltest-PID) with
# a fixed 100×30 window, a clean environment (env -i, INPUTRC=/dev/null, a fresh
# XDG_STATE_HOME), text sent with send-keys -l, and polling for screen content
# instead of fixed sleeps.
#
# Usage: scripts/repl-check.sh [path/to/clusterlab]    (default .build/debug/clusterlab)
# Prints PASS or FAIL for each check; exits 0 if all pass, 1 if any fails, 2 if it
# cannot run (no tmux, no binary).
#
# The REPL contract checked here: the main prompt is exactly `clusterlab> `, the
# continuation prompt shows what is open, `.........{> ` in a block, as wide as the main one;
# banner lines before the first prompt are fine.

set -u

binary=${1:-.build/debug/clusterlab}
if [ ! -x "$binary" ]; then
  echo "repl-check: no executable at $binary (build first, or pass its path)" >&2
  exit 2
fi
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
if ! command -v tmux >/dev/null 2>&1; then
  echo "repl-check: tmux is not installed" >&2
  exit 2
fi

T=$(mktemp -d "${TMPDIR:-/tmp}/repl-check.XXXXXX")
mkdir -p "$T/work" "$T/state" "$T/config"
failures=0

# A private tmux server (-L) for this run only: §6.1 names it `cltest`; the process id
# is added so that concurrent runs (CI, or a person testing by hand with `-L cltest`)
# never share, or kill, each other's server. -f /dev/null ignores ~/.tmux.conf.
socket="cltest-$$"
tm() { tmux -L "$socket" -f /dev/null "$@"; }

stop_server() {
  tm kill-server 2>/dev/null
  # Wait until the old server is gone, or a new session may attach to it as it exits.
  for _ in $(seq 100); do tm list-sessions >/dev/null 2>&1 || return 0; sleep 0.05; done
}

cleanup() {
  local socket_path
  socket_path=$(tm display-message -p '#{socket_path}' 2>/dev/null)
  stop_server
  # tmux 3.3 leaves the socket file behind after kill-server.
  [ -n "$socket_path" ] && [ -S "$socket_path" ] && rm -f "$socket_path"
  rm -rf "$T"
}
trap cleanup EXIT

# Starts the REPL in a fresh session whose pane stays after the program exits, so
# its exit status can be read. Only the variables below reach the REPL: a tmux
# session inherits the server's environment, not ours, hence env -i.
start_repl() {
  stop_server
  local command
  command="cd $(printf %q "$T/work") && exec env -i PATH=$(printf %q "$PATH") HOME=$(printf %q "$T") \
TERM=xterm-256color INPUTRC=/dev/null XDG_STATE_HOME=$(printf %q "$T/state") \
XDG_CONFIG_HOME=$(printf %q "$T/config") NO_COLOR=1 $(printf %q "$binary")"
  tm new-session -d -s cl -x 100 -y 30 "$command" \; set-option -w -t cl remain-on-exit on
}

# The visible screen; -N keeps trailing spaces, so `institution $` can be told
# from `institution$`.
screen() { tm capture-pane -p -N -t cl; }
# The screen and the scrollback.
everything() { tm capture-pane -p -N -S - -t cl; }
# The line the cursor is on: the prompt and what has been typed after it.
cursor_line() {
  local y
  y=$(tm display-message -p -t cl '#{cursor_y}') || return 1
  screen | sed -n "$((y + 1))p"
}
# The lines printed after the last line starting with $1 (a typed command).
output_after() {
  everything | awk -v marker="$1" '
    index($0, marker) == 1 { n = 0; found = 1; next }
    found { lines[n++] = $0 }
    END { for (i = 0; i < n; i++) print lines[i] }'
}

# Polls until `$2 | grep -E $1` matches, for up to $3 tenths of a second (default 50).
# Gives up early once the REPL has exited (unless waiting for exactly that).
wait_for() {
  local pattern=$1 source=$2 tenths=${3:-50}
  for _ in $(seq $((tenths * 2))); do
    $source | grep -Eq -- "$pattern" && return 0
    if [ "$source" != pane_status ] && pane_status | grep -q '^1:'; then
      $source | grep -Eq -- "$pattern"
      return
    fi
    sleep 0.05
  done
  return 1
}
expect_cursor() { wait_for "$1" cursor_line "${2:-50}"; }

send() { tm send-keys -t cl -l -- "$1"; }  # literal text
key() { tm send-keys -t cl "$@"; }         # Enter, Tab, C-c, C-d, Up …

# Types a command, presses Enter, and waits until a new prompt follows the command's
# line (the cursor line alone could still show the previous, empty prompt).
last_command=
after_last_command() { output_after "clusterlab> $last_command"; }
last_line_after_command() { after_last_command | grep -v '^ *$' | tail -n 1; }
run_command() {
  last_command=$1
  send "$1"
  key Enter
  wait_for '^clusterlab> *$' last_line_after_command
}

pass() { echo "PASS  $1"; }
fail() {
  echo "FAIL  $1"
  [ $# -gt 1 ] && echo "      $2"
  echo "      screen:"
  screen | cat -s | sed 's/^/      | /'
  failures=$((failures + 1))
}
check() {  # check NAME expect_cursor|wait_for PATTERN ...: PASS if the pattern shows up
  local name=$1
  shift
  if "$@"; then pass "$name"; else fail "$name" "waited for: $2"; fi
}

# "0::" while the REPL runs; "1:STATUS:" after it exited, "1::SIGNAL" if a signal ended it.
# (tmux may show the pane dead a moment before it knows the status: "1::".)
pane_status() { tm list-panes -t cl -F '#{pane_dead}:#{pane_dead_status}:#{pane_dead_signal}' 2>/dev/null; }
exited='^1:([0-9]+:|:[0-9]+)'  # pane_status once the exit status is known
# Waits up to 5 s for the REPL to exit and tmux to know its status. tmux 3.3a
# sometimes misses the SIGCHLD (the pane stays "1::" with the REPL a zombie for
# good); a SIGCHLD sent to our own private server makes it reap the child.
wait_exit() {
  for _ in $(seq 100); do
    pane_status | grep -Eq -- "$exited" && return 0
    if pane_status | grep -q '^1::$'; then
      kill -CHLD "$(tm display-message -p '#{pid}')" 2>/dev/null
    fi
    sleep 0.05
  done
  return 1
}

# --- session 1 ---------------------------------------------------------------------

start_repl
if ! expect_cursor '^clusterlab> $' 100; then
  fail "first prompt is exactly 'clusterlab> '"
  echo "repl-check: the REPL did not start; skipping the other checks" >&2
  exit 1
fi
pass "first prompt is exactly 'clusterlab> '"

send 'inst'
key Tab
check "Tab completes a keyword: 'inst' -> 'institution '" expect_cursor '^clusterlab> institution $'
key C-u

run_command 'cluster Demo'
run_command 'firm Alpha'
send 'show Al'
key Tab
check "Tab completes a declared name: 'show Al' -> 'show Alpha'" expect_cursor '^clusterlab> show Alpha *$'
key C-u

send 'cluster X {'
key Enter
check "an open block shows the continuation prompt '.........{> '" expect_cursor '^\.\.\.\.\.\.\.\.\.\{> $'

key C-c
check "Ctrl-C in a block returns to 'clusterlab> '" expect_cursor '^clusterlab> $'

run_command 'list clusters'
listed() { after_last_command | sed '$d'; }  # without the new prompt
if listed | grep -q 'Demo' && ! listed | grep -Eq '(^|[^[:alnum:]_])X([^[:alnum:]_]|$)'; then
  pass "the cancelled block declared nothing: 'list clusters' shows Demo, not X"
else
  fail "the cancelled block declared nothing: 'list clusters' shows Demo, not X" \
    "'list clusters' printed: $(listed | grep -v '^ *$' | tr '\n' '|')"
fi

run_command 'fimr B'
check "a misspelt keyword gets a suggestion: 'fimr B' -> 'did you mean'" \
  wait_for 'did you mean' after_last_command

run_command 'list'
key C-d
check "Ctrl-D with unsaved changes says so once and stays" \
  wait_for 'not saved: `save FILE`, or Ctrl-D' after_last_command
# The next key only at the new prompt: one sent while readline sets the terminal up is lost.
expect_cursor '^clusterlab> $' 100
key C-d
if wait_exit; then
  IFS=: read -r _ status signal <<<"$(pane_status)"
  if [ "$status" = 0 ]; then
    pass "Ctrl-D again on an empty line exits with status 0"
  elif [ -n "$status" ]; then
    fail "Ctrl-D again on an empty line exits with status 0" "exit status: $status"
  else
    fail "Ctrl-D again on an empty line exits with status 0" "killed by signal $signal"
  fi
else
  fail "Ctrl-D again on an empty line exits with status 0" "the REPL is still running"
fi

# --- session 2: same XDG_STATE_HOME -----------------------------------------------

start_repl
if expect_cursor '^clusterlab> $' 100; then
  key Up
  check "history persists: Up after a restart recalls 'list'" expect_cursor '^clusterlab> list *$'
  key C-u
  key C-d
  wait_exit
else
  fail "history persists: Up after a restart recalls 'list'" "no prompt after the restart"
fi

if [ "$failures" -eq 0 ]; then
  echo "repl-check: all checks passed"
  exit 0
fi
echo "repl-check: $failures check(s) failed"
exit 1
