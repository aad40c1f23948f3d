;; utf8->string of bytes that are not UTF-8: an error naming utf8->string and where.
;; expect-exit: 1
;; expect-stdout:
;; | "é"
;; expect-stderr:
;; | Error in utf8->string: invalid UTF-8 at index 2 of #u8(104 105 195 40)
;; | Backtrace (most recent call first):
;; |   #0 decode at tests/run/bv-utf8-error.scm:12
;; |   #1 bv-utf8-error.toplevel at tests/run/bv-utf8-error.scm:16

(define (decode b)
  (let ((r (utf8->string b)))
    r))
(write (decode (bytevector 195 169)))
(newline)
(write (decode (bytevector 104 105 195 40)))
(newline)
