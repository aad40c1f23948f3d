;; call/cc escapes: from a nested call, from a loop, through dynamic-wind (whose after thunk
;; runs), with several values; a continuation used after its call/cc returned is an error.
;; expect-exit: 1
;; expect-stdout:
;; | 6
;; | 1000
;; | [before][after]out
;; | (1 2 3)
;; | first 1
;; expect-stderr:
;; | Error: continuation called after the call/cc that made it returned (continuations escape only)
;; | Backtrace (most recent call first):
;; |   #0 resume-later at tests/run/ctl-call-cc.scm:32
;; |   #1 main at tests/run/ctl-call-cc.scm:35

(define (show x) (display x) (newline))
(show (+ 1 (call/cc (lambda (k) (+ 10 (k 5))))))
(show (call-with-current-continuation
       (lambda (k)
         (let loop ((i 0))
           (if (= i 1000) (k i) (loop (+ i 1)))))))
(show (call/cc
       (lambda (k)
         (dynamic-wind (lambda () (display "[before]"))
                       (lambda () (k 'out) 'not-here)
                       (lambda () (display "[after]"))))))
(show (call-with-values (lambda () (values 1 2 3)) list))
(define saved #f)
(display "first ")
(show (call/cc (lambda (k) (set! saved k) 1)))
(define (resume-later)
  (let ((r (saved 2)))
    r))
(define (main)
  (let ((r (resume-later))) r))
(main)
