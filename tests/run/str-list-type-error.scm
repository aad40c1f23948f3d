;; list->string of a list holding a non-character: a type error naming list->string.
;; expect-exit: 1
;; expect-stdout:
;; | "ok"
;; expect-stderr:
;; | Error in list->string: expected a char, got k
;; | Backtrace (most recent call first):
;; |   #0 join-chars at tests/run/str-list-type-error.scm:12
;; |   #1 str-list-type-error.toplevel at tests/run/str-list-type-error.scm:16

(define (join-chars l)
  (let ((r (list->string l)))
    r))
(write (join-chars (list #\o #\k)))
(newline)
(write (join-chars (list #\o 'k)))
(newline)
