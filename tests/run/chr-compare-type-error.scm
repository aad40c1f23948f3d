;; char<? checks that every argument is a character; the backtrace starts at the caller.
;; expect-exit: 1
;; expect-stdout:
;; | #t
;; expect-stderr:
;; | Error in char<?: expected a char, got "c"
;; | Backtrace (most recent call first):
;; |   #0 sorted? at tests/run/chr-compare-type-error.scm:12
;; |   #1 chr-compare-type-error.toplevel at tests/run/chr-compare-type-error.scm:16

(define (sorted? a b c)
  (let ((r (char<? a b c)))
    r))
(display (sorted? #\a #\b #\c))
(newline)
(display (sorted? #\a #\b "c"))
(newline)
