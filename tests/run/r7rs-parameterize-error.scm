;; parameterize of something that is not a parameter is a type error.
;; expect-exit: 1
;; expect-stderr:
;; | Error in parameterize: expected a parameter, got #<procedure car>
;; | Backtrace (most recent call first):
;; |   #0 r7rs-parameterize-error.toplevel at tests/run/r7rs-parameterize-error.scm:8

(parameterize ((car 1)) (display "never"))
(display "not reached")
