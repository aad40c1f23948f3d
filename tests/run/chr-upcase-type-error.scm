;; char-upcase of a non-character: a type error naming char-upcase.
;; expect-exit: 1
;; expect-stdout:
;; | #\A
;; expect-stderr:
;; | Error in char-upcase: expected a char, got 98
;; | Backtrace (most recent call first):
;; |   #0 shout at tests/run/chr-upcase-type-error.scm:12
;; |   #1 chr-upcase-type-error.toplevel at tests/run/chr-upcase-type-error.scm:16

(define (shout c)
  (let ((r (char-upcase c)))
    r))
(write (shout #\a))
(newline)
(write (shout 98))
(newline)
