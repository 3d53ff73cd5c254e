// V8 settings the application runs with, in one place: the entry point sets them, and `npm run bench` runs the
// benchmarks in process with them, so the figures are those of the running application.
//
// --regexp-tier-up-ticks=0: compile each regular expression to machine code on its first run. The composer runs a few
// thousand patterns a note, and with V8's default (its bytecode interpreter first, compiled on a later run) a warm process
// still spends much of a note in the interpreter: 9.4 ms a note by default, 6.0 ms compiled at once, 17 ms with every
// pattern interpreted (docs/decisions.md, "Regular expressions compiled at once"). The notes are byte for byte the same.
export const V8_FLAGS = ['--regexp-tier-up-ticks=0'];
