;; Closing is idempotent; writing to or reading from a closed port is an error naming the
;; procedure and the port.
;; expect-exit: 1
;; expect-stdout:
;; | #f #f
;; | "kept"
;; expect-stderr:
;; | Error in write-char: the port is closed: #<output-port string>
;; | Backtrace (most recent call first):
;; |   #0 io-closed-port.toplevel at tests/run/io-closed-port.scm:21

(define in (open-input-string "abc"))
(close-port in)
(close-input-port in)
(define out (open-output-string))
(write-string "kept" out)
(close-output-port out)
(display (input-port-open? in)) (display " ")
(display (output-port-open? out)) (newline)
(write (get-output-string out)) (newline)
(write-char #\x out)
(display "not reached")
