;; string-set! stores one byte: a character of code 256 or more is an error naming string-set!.
;; expect-exit: 1
;; expect-stdout:
;; | (98 97 233)
;; expect-stderr:
;; | Error in string-set!: expected a char below 256 (strings hold bytes), got #\λ
;; | Backtrace (most recent call first):
;; |   #0 put! at tests/run/str-set-byte-error.scm:12
;; |   #1 str-set-byte-error.toplevel at tests/run/str-set-byte-error.scm:19

(define (put! s k c)
  (let ((r (string-set! s k c)))
    r))
(define s (make-string 3 #\a))
(put! s 0 #\b)
(put! s 2 #\é)
(write (map char->integer (string->list s)))
(newline)
(put! s 1 #\λ)
(write s)
(newline)
