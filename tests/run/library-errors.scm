;; Errors raised by library procedures name the procedure and the offending argument.
;; expect-exit: 1
;; expect-stdout:
;; | c
;; | (b c)
;; expect-stderr:
;; | Error in list-ref: index 3 is out of range for (a b c)
;; | Backtrace (most recent call first):
;; |   #0 pick at tests/run/library-errors.scm:13
;; |   #1 library-errors.toplevel at tests/run/library-errors.scm:17

(define (pick l k)
  (let ((x (list-ref l k)))
    x))
(display (pick '(a b c) 2)) (newline)
(display (list-tail '(a b c) 1)) (newline)
(display (pick '(a b c) 3))
(newline)
