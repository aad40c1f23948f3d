;; Unbounded recursion is a VVM error, not a crash: caught by guard, twice (the limit is
;; restored after the first), then uncaught, with a backtrace cut after 40 frames.
;; expect-exit: 1
;; expect-stdout:
;; | caught: stack overflow
;; | again: stack overflow
;; | 100000 deep is fine: 100000
;; expect-stderr:
;; | Error: stack overflow
;; | Backtrace (most recent call first):
;; |   #0 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #1 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #2 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #3 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #4 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #5 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #6 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #7 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #8 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #9 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #10 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #11 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #12 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #13 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #14 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #15 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #16 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #17 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #18 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #19 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #20 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #21 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #22 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #23 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #24 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #25 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #26 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #27 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #28 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #29 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #30 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #31 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #32 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #33 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #34 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #35 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #36 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #37 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #38 deep at tests/run/ctl-stack-overflow.scm:53
;; |   #39 deep at tests/run/ctl-stack-overflow.scm:53
;; |   ...

(define (deep n) (+ 1 (deep (+ n 1))))
(define (count n) (if (= n 0) 0 (+ 1 (count (- n 1)))))
(display "caught: ")
(display (guard (e ((error-object? e) (error-object-message e))) (deep 0)))
(newline)
(display "again: ")
(display (guard (e ((error-object? e) (error-object-message e))) (deep 0)))
(newline)
(display "100000 deep is fine: ")
(display (count 100000))
(newline)
(deep 0)
