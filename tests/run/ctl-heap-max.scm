;; VVM_HEAP_MAX bounds the live data: going past it is a VVM error that guard catches (the
;; collector leaves room to raise it), and an uncaught one ends the program with status 1.
;; env: VVM_HEAP_MAX=8m
;; gc-stress: 1048576
;; (under stress, every 1 MiB: it fills 8 MiB of live data twice)
;; expect-exit: 1
;; expect-stdout:
;; | caught: heap exhausted: the live data would exceed VVM_HEAP_MAX = (8388608)
;; | still running: 3
;; expect-stderr:
;; | Error: heap exhausted: the live data would exceed VVM_HEAP_MAX = 8388608
;; | Backtrace (most recent call first):
;; |   #0 grow at tests/run/ctl-heap-max.scm:19

;; Keeps every pair it makes: 24 bytes each, so 8 MiB is exceeded after ~350000.
(define (grow n acc)
  (if (= n 0)
      acc
      (grow (- n 1) (cons n acc))))

(display "caught: ")
(guard (e ((error-object? e)
           (display (error-object-message e))
           (display " ")
           (write (error-object-irritants e))))
  (display (length (grow 1000000 '()))))
(newline)
(display "still running: ")
(display (length (grow 3 '())))
(newline)
(grow 1000000 '())
