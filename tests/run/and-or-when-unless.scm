;; and, or (values and short-circuiting), when, unless.
;; expect-stdout:
;; | #t
;; | #f
;; | 3
;; | #f
;; | 2
;; | #f
;; | b
;; | 1
;; | when-yes
;; | unless-yes
;; | value
;; | other

(define (show x) (write x) (newline))
(show (and))
(show (or))
(show (and 1 2 3))
(show (and 1 #f 3))
(show (or #f 2 3))
(show (or #f #f))
(show (and 'a (or #f 'b)))
(define counter 0)
(define (tick!) (set! counter (+ counter 1)) #t)
(or (tick!) (tick!))
(and #f (tick!))
(show counter)
(when (> 3 2) (display "when-yes") (newline))
(when (< 3 2) (display "when-no") (newline))
(unless (< 3 2) (display "unless-yes") (newline))
(unless (> 3 2) (display "unless-no") (newline))
(show (when #t 'value))
(show (unless #f 'other))
