;; substring with a start after its end: an error naming substring and the string.
;; expect-exit: 1
;; expect-stdout:
;; | "ell"
;; | ""
;; expect-stderr:
;; | Error in substring: start index 4 is after end index 2 for "hello"
;; | Backtrace (most recent call first):
;; |   #0 middle at tests/run/str-substring-range-error.scm:13
;; |   #1 str-substring-range-error.toplevel at tests/run/str-substring-range-error.scm:19

(define (middle s from to)
  (let ((r (substring s from to)))
    r))
(write (middle "hello" 1 4))
(newline)
(write (middle "hello" 3 3))
(newline)
(write (middle "hello" 4 2))
(newline)
