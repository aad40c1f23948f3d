;; Run by tests/harness/image.rs as `VVM_PERF_MAP=1 vvm FILE N`: prints its pid and the entry
;; address of two procedures compiled at run time (the test finds them in /tmp/perf-PID.map),
;; then spends time in them: hot-fib of 5 + N (N 30 gives perf record enough samples).
(define (hot-fib n) (if (< n 2) n (+ (hot-fib (- n 1)) (hot-fib (- n 2)))))
(define (hot-loop i acc) (if (= i 0) acc (hot-loop (- i 1) (+ acc (hot-fib 10)))))
(define (show . xs) (for-each display xs) (newline))
(show "pid " (%syscall 39 0 0 0 0 0 0))
(show "entry hot-fib " (number->string (%closure-entry hot-fib) 16))
(show "entry hot-loop " (number->string (%closure-entry hot-loop) 16))
(show (hot-loop 10 (hot-fib (+ 5 (string->number (cadr (command-line)))))))
