;; Only #f is false: '(), 0 and "" are true.
(define (truthy x) (if x 'yes 'no))
(display (list (truthy #f) (truthy '()) (truthy 0) (truthy "")))
(newline)
