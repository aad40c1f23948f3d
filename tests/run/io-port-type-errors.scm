;; A port argument that is not a port of the right direction is a type error naming the procedure.
;; expect-exit: 1
;; expect-stderr:
;; | Error in write-string: expected an output-port, got #<input-port string>
;; | Backtrace (most recent call first):
;; |   #0 io-port-type-errors.toplevel at tests/run/io-port-type-errors.scm:8

(write-string "x" (open-input-string "a"))
(display "not reached")
