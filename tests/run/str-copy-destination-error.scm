;; string-copy! into a string too short for the source: an error naming string-copy!.
;; expect-exit: 1
;; expect-stdout:
;; | "-ab-"
;; expect-stderr:
;; | Error in string-copy!: 3 characters do not fit at index 2 of "-ab-"
;; | Backtrace (most recent call first):
;; |   #0 overwrite! at tests/run/str-copy-destination-error.scm:12
;; |   #1 str-copy-destination-error.toplevel at tests/run/str-copy-destination-error.scm:18

(define (overwrite! to at from)
  (let ((r (string-copy! to at from)))
    r))
(define s (make-string 4 #\-))
(overwrite! s 1 "ab")
(write s)
(newline)
(overwrite! s 2 "xyz")
(write s)
(newline)
