;; string-append checks every argument before it allocates.
;; expect-exit: 1
;; expect-stderr:
;; | Error in string-append: expected a string, got 5
;; | Backtrace (most recent call first):
;; |   #0 string-append at src-vvm/runtime/strings.vvm:30
;; |   #1 greet at tests/run/string-append-type-error.scm:10
;; |   #2 string-append-type-error.toplevel at tests/run/string-append-type-error.scm:11

(define (greet who) (let ((s (string-append "hello, " who))) s))
(display (greet 5))
