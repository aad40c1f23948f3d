;; letrec: mutually referring local procedures.
(define (parity n)
  (letrec ((ev? (lambda (n) (if (= n 0) #t (od? (- n 1)))))
           (od? (lambda (n) (if (= n 0) #f (ev? (- n 1))))))
    (list (ev? n) (od? n))))
(display (parity 7))
(newline)
