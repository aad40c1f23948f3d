;; set! on a global variable, read back by another procedure.
(define counter 0)
(define (bump!) (set! counter (+ counter 1)))
(bump!)
(bump!)
(display counter)
(newline)
