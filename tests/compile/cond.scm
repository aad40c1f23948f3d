;; cond with several clauses and an else.
(define (grade n)
  (cond ((>= n 90) 'a)
        ((>= n 80) 'b)
        ((>= n 70) (display "close ") 'c)
        (else 'f)))
(display (list (grade 95) (grade 85) (grade 72) (grade 10)))
(newline)
